export type ApiResponse = {
    /**
     * Format: int32
     */
    code?: number;
    type?: string;
    message?: string;
};
export type Category = {
    /**
     * Format: int64
     */
    id?: number;
    name?: string;
};
export type Order = {
    /**
     * Format: int64
     */
    id?: number;
    /**
     * Format: int64
     */
    petId?: number;
    /**
     * Format: int32
     */
    quantity?: number;
    /**
     * Format: date-time
     */
    shipDate?: string;
    /**
     * Order Status
     */
    status?: 'placed' | 'approved' | 'delivered';
    /**
     * Default: false
     */
    complete?: boolean;
};
export type Pet = {
    /**
     * Format: int64
     *
     * Default: 40
     */
    readonly id?: number;
    category?: Category;
    name: string;
    photoUrls: string[];
    tags?: Tag[];
    /**
     * pet status in the store
     */
    status?: 'available' | 'pending' | 'sold';
};
/**
 * Request (write) view of {@link Pet}: without readOnly properties.
 */
export type PetWritable = {
    category?: Category;
    name: string;
    photoUrls: string[];
    tags?: Tag[];
    /**
     * pet status in the store
     */
    status?: 'available' | 'pending' | 'sold';
};
export type Tag = {
    /**
     * Format: int64
     */
    id?: number;
    name?: string;
};
export type User = {
    /**
     * Format: int64
     */
    id?: number;
    username?: string;
    firstName?: string;
    lastName?: string;
    email?: string;
    password?: string;
    phone?: string;
    /**
     * User Status
     *
     * Format: int32
     */
    userStatus?: number;
};
/**
 * PUT /pet
 */
export type UpdatePetParameters = {
    [key: string]: never;
};
/**
 * Update an existing pet
 */
export type UpdatePetRequestBody = PetWritable;
/**
 * Update an existing pet
 */
export type UpdatePetResponse = unknown;
/**
 * POST /pet
 */
export type AddPetParameters = {
    [key: string]: never;
};
/**
 * Add a new pet to the store
 */
export type AddPetRequestBody = PetWritable;
/**
 * Add a new pet to the store
 */
export type AddPetResponse = unknown;
/**
 * GET /pet/findByStatus
 */
export type FindPetsByStatusParameters = {
    query: {
        /**
         * Status values that need to be considered for filter
         */
        status: ('available' | 'pending' | 'sold')[];
    };
};
/**
 * Finds Pets by status
 */
export type FindPetsByStatusRequestBody = never;
/**
 * Finds Pets by status
 */
export type FindPetsByStatusResponse = string;
/**
 * GET /pet/findByTags
 */
export type FindPetsByTagsParameters = {
    query: {
        /**
         * Tags to filter by
         */
        tags: string[];
    };
};
/**
 * Finds Pets by tags
 *
 * @deprecated
 */
export type FindPetsByTagsRequestBody = never;
/**
 * Finds Pets by tags
 *
 * @deprecated
 */
export type FindPetsByTagsResponse = string;
/**
 * GET /pet/{petId}
 */
export type GetPetByIdParameters = {
    path: {
        /**
         * ID of pet to return
         */
        petId: number;
    };
};
/**
 * Find pet by ID
 */
export type GetPetByIdRequestBody = never;
/**
 * Find pet by ID
 */
export type GetPetByIdResponse = Pet;
/**
 * POST /pet/{petId}
 */
export type UpdatePetWithFormParameters = {
    path: {
        /**
         * ID of pet that needs to be updated
         */
        petId: number;
    };
};
/**
 * Updates a pet in the store with form data
 */
export type UpdatePetWithFormRequestBody = {
    /**
     * Updated name of the pet
     */
    name?: string;
    /**
     * Updated status of the pet
     */
    status?: string;
};
/**
 * Updates a pet in the store with form data
 */
export type UpdatePetWithFormResponse = unknown;
/**
 * DELETE /pet/{petId}
 */
export type DeletePetParameters = {
    path: {
        /**
         * Pet id to delete
         */
        petId: number;
    };
    header?: {
        api_key?: string;
    };
};
/**
 * Deletes a pet
 */
export type DeletePetRequestBody = never;
/**
 * Deletes a pet
 */
export type DeletePetResponse = unknown;
/**
 * POST /pet/{petId}/uploadImage
 */
export type UploadFileParameters = {
    path: {
        /**
         * ID of pet to update
         */
        petId: number;
    };
};
/**
 * Uploads an image
 */
export type UploadFileRequestBody = {
    /**
     * Additional data to pass to server
     */
    additionalMetadata?: string;
    /**
     * file to upload
     *
     * Format: binary
     */
    file?: globalThis.Blob | string;
};
/**
 * Uploads an image
 */
export type UploadFileResponse = ApiResponse;
/**
 * GET /store/inventory
 */
export type GetInventoryParameters = {
    [key: string]: never;
};
/**
 * Returns pet inventories by status
 */
export type GetInventoryRequestBody = never;
/**
 * Returns pet inventories by status
 */
export type GetInventoryResponse = {
    [key: string]: number;
};
/**
 * POST /store/order
 */
export type PlaceOrderParameters = {
    [key: string]: never;
};
/**
 * Place an order for a pet
 */
export type PlaceOrderRequestBody = Order;
/**
 * Place an order for a pet
 */
export type PlaceOrderResponse = Order;
/**
 * GET /store/order/{orderId}
 */
export type GetOrderByIdParameters = {
    path: {
        /**
         * ID of pet that needs to be fetched
         */
        orderId: number;
    };
};
/**
 * Find purchase order by ID
 */
export type GetOrderByIdRequestBody = never;
/**
 * Find purchase order by ID
 */
export type GetOrderByIdResponse = Order;
/**
 * DELETE /store/order/{orderId}
 */
export type DeleteOrderParameters = {
    path: {
        /**
         * ID of the order that needs to be deleted
         */
        orderId: number;
    };
};
/**
 * Delete purchase order by ID
 */
export type DeleteOrderRequestBody = never;
/**
 * Delete purchase order by ID
 */
export type DeleteOrderResponse = unknown;
/**
 * POST /user
 */
export type CreateUserParameters = {
    [key: string]: never;
};
/**
 * Create user
 */
export type CreateUserRequestBody = User;
/**
 * Create user
 */
export type CreateUserResponse = undefined;
/**
 * POST /user/createWithArray
 */
export type CreateUsersWithArrayInputParameters = {
    [key: string]: never;
};
/**
 * Creates list of users with given input array
 */
export type CreateUsersWithArrayInputRequestBody = User[];
/**
 * Creates list of users with given input array
 */
export type CreateUsersWithArrayInputResponse = undefined;
/**
 * POST /user/createWithList
 */
export type CreateUsersWithListInputParameters = {
    [key: string]: never;
};
/**
 * Creates list of users with given input array
 */
export type CreateUsersWithListInputRequestBody = User[];
/**
 * Creates list of users with given input array
 */
export type CreateUsersWithListInputResponse = undefined;
/**
 * GET /user/login
 */
export type LoginUserParameters = {
    query: {
        /**
         * The user name for login
         */
        username: string;
        /**
         * The password for login in clear text
         */
        password: string;
    };
};
/**
 * Logs user into the system
 */
export type LoginUserRequestBody = never;
/**
 * Logs user into the system
 */
export type LoginUserResponse = string;
/**
 * GET /user/logout
 */
export type LogoutUserParameters = {
    [key: string]: never;
};
/**
 * Logs out current logged in user session
 */
export type LogoutUserRequestBody = never;
/**
 * Logs out current logged in user session
 */
export type LogoutUserResponse = undefined;
/**
 * GET /user/{username}
 */
export type GetUserByNameParameters = {
    path: {
        /**
         * The name that needs to be fetched. Use user1 for testing.
         */
        username: string;
    };
};
/**
 * Get user by user name
 */
export type GetUserByNameRequestBody = never;
/**
 * Get user by user name
 */
export type GetUserByNameResponse = User;
/**
 * PUT /user/{username}
 */
export type UpdateUserParameters = {
    path: {
        /**
         * name that need to be updated
         */
        username: string;
    };
};
/**
 * Updated user
 */
export type UpdateUserRequestBody = User;
/**
 * Updated user
 */
export type UpdateUserResponse = unknown;
/**
 * DELETE /user/{username}
 */
export type DeleteUserParameters = {
    path: {
        /**
         * The name that needs to be deleted
         */
        username: string;
    };
};
/**
 * Delete user
 */
export type DeleteUserRequestBody = never;
/**
 * Delete user
 */
export type DeleteUserResponse = unknown;
