/**
 * GET /pet/{id}
 */
export type GetPetByIdParameters = {
    path: {
        id: number;
    };
};
/**
 * Find a pet
 */
export type GetPetByIdRequestBody = never;
/**
 * Find a pet
 */
export type GetPetByIdResponse = unknown;
/**
 * PUT /pet/{id}
 */
export type PutPetByIdParameters = {
    path: {
        id: number;
    };
};
/**
 * Update a pet
 */
export type PutPetByIdRequestBody = never;
/**
 * Update a pet
 */
export type PutPetByIdResponse = unknown;
