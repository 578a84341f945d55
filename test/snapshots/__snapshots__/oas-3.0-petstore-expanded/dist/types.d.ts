export type Error = {
    /**
     * Format: int32
     */
    code: number;
    message: string;
};
export type NewPet = {
    name: string;
    tag?: string;
};
export type Pet = NewPet & {
    /**
     * Format: int64
     */
    id: number;
};
/**
 * GET /pets
 */
export type FindPetsParameters = {
    query?: {
        /**
         * tags to filter by
         */
        tags?: string[];
        /**
         * maximum number of results to return
         */
        limit?: number;
    };
};
export type FindPetsRequestBody = never;
export type FindPetsResponse = Pet[];
/**
 * POST /pets
 */
export type AddPetParameters = {
    [key: string]: never;
};
export type AddPetRequestBody = NewPet;
export type AddPetResponse = Pet;
/**
 * GET /pets/{id}
 */
export type FindPetByIdParameters = {
    path: {
        /**
         * ID of pet to fetch
         */
        id: number;
    };
};
export type FindPetByIdRequestBody = never;
export type FindPetByIdResponse = Pet;
/**
 * DELETE /pets/{id}
 */
export type DeletePetParameters = {
    path: {
        /**
         * ID of pet to delete
         */
        id: number;
    };
};
export type DeletePetRequestBody = never;
export type DeletePetResponse = undefined;
