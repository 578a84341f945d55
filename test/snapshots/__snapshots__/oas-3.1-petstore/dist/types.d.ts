/** The HTTP statuses 300–399. */
export type Status3XX = 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308 | 309 | 310 | 311 | 312 | 313 | 314 | 315 | 316 | 317 | 318 | 319 | 320 | 321 | 322 | 323 | 324 | 325 | 326 | 327 | 328 | 329 | 330 | 331 | 332 | 333 | 334 | 335 | 336 | 337 | 338 | 339 | 340 | 341 | 342 | 343 | 344 | 345 | 346 | 347 | 348 | 349 | 350 | 351 | 352 | 353 | 354 | 355 | 356 | 357 | 358 | 359 | 360 | 361 | 362 | 363 | 364 | 365 | 366 | 367 | 368 | 369 | 370 | 371 | 372 | 373 | 374 | 375 | 376 | 377 | 378 | 379 | 380 | 381 | 382 | 383 | 384 | 385 | 386 | 387 | 388 | 389 | 390 | 391 | 392 | 393 | 394 | 395 | 396 | 397 | 398 | 399;
/** The HTTP statuses 400–499. */
export type Status4XX = 400 | 401 | 402 | 403 | 404 | 405 | 406 | 407 | 408 | 409 | 410 | 411 | 412 | 413 | 414 | 415 | 416 | 417 | 418 | 419 | 420 | 421 | 422 | 423 | 424 | 425 | 426 | 427 | 428 | 429 | 430 | 431 | 432 | 433 | 434 | 435 | 436 | 437 | 438 | 439 | 440 | 441 | 442 | 443 | 444 | 445 | 446 | 447 | 448 | 449 | 450 | 451 | 452 | 453 | 454 | 455 | 456 | 457 | 458 | 459 | 460 | 461 | 462 | 463 | 464 | 465 | 466 | 467 | 468 | 469 | 470 | 471 | 472 | 473 | 474 | 475 | 476 | 477 | 478 | 479 | 480 | 481 | 482 | 483 | 484 | 485 | 486 | 487 | 488 | 489 | 490 | 491 | 492 | 493 | 494 | 495 | 496 | 497 | 498 | 499;
/** The HTTP statuses 500–599. */
export type Status5XX = 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 509 | 510 | 511 | 512 | 513 | 514 | 515 | 516 | 517 | 518 | 519 | 520 | 521 | 522 | 523 | 524 | 525 | 526 | 527 | 528 | 529 | 530 | 531 | 532 | 533 | 534 | 535 | 536 | 537 | 538 | 539 | 540 | 541 | 542 | 543 | 544 | 545 | 546 | 547 | 548 | 549 | 550 | 551 | 552 | 553 | 554 | 555 | 556 | 557 | 558 | 559 | 560 | 561 | 562 | 563 | 564 | 565 | 566 | 567 | 568 | 569 | 570 | 571 | 572 | 573 | 574 | 575 | 576 | 577 | 578 | 579 | 580 | 581 | 582 | 583 | 584 | 585 | 586 | 587 | 588 | 589 | 590 | 591 | 592 | 593 | 594 | 595 | 596 | 597 | 598 | 599;
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
/** The declared error responses of `updatePet`, by status: narrowing on `status` narrows `body`. */
export type UpdatePetError = {
    readonly status: 400;
    readonly body: unknown;
} | {
    readonly status: 404;
    readonly body: unknown;
} | {
    readonly status: 405;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 404 | 405> | Status5XX;
    readonly body: unknown;
};
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
/** The declared error responses of `addPet`, by status: narrowing on `status` narrows `body`. */
export type AddPetError = {
    readonly status: 405;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 405> | Status5XX;
    readonly body: unknown;
};
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
/** The declared error responses of `findPetsByStatus`, by status: narrowing on `status` narrows `body`. */
export type FindPetsByStatusError = {
    readonly status: 400;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400> | Status5XX;
    readonly body: unknown;
};
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
/** The declared error responses of `findPetsByTags`, by status: narrowing on `status` narrows `body`. */
export type FindPetsByTagsError = {
    readonly status: 400;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400> | Status5XX;
    readonly body: unknown;
};
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
/** The declared error responses of `getPetById`, by status: narrowing on `status` narrows `body`. */
export type GetPetByIdError = {
    readonly status: 400;
    readonly body: unknown;
} | {
    readonly status: 404;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 404> | Status5XX;
    readonly body: unknown;
};
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
/** The declared error responses of `updatePetWithForm`, by status: narrowing on `status` narrows `body`. */
export type UpdatePetWithFormError = {
    readonly status: 405;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 405> | Status5XX;
    readonly body: unknown;
};
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
/** The declared error responses of `deletePet`, by status: narrowing on `status` narrows `body`. */
export type DeletePetError = {
    readonly status: 400;
    readonly body: unknown;
} | {
    readonly status: 404;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 404> | Status5XX;
    readonly body: unknown;
};
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
 * uploads an image
 */
export type UploadFileRequestBody = globalThis.Blob | ArrayBuffer | Uint8Array | string;
/**
 * uploads an image
 */
export type UploadFileResponse = ApiResponse;
/** The declared error responses of `uploadFile`, by status: narrowing on `status` narrows `body`. */
export type UploadFileError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
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
/** The declared error responses of `getInventory`, by status: narrowing on `status` narrows `body`. */
export type GetInventoryError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
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
/** The declared error responses of `placeOrder`, by status: narrowing on `status` narrows `body`. */
export type PlaceOrderError = {
    readonly status: 400;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400> | Status5XX;
    readonly body: unknown;
};
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
/** The declared error responses of `getOrderById`, by status: narrowing on `status` narrows `body`. */
export type GetOrderByIdError = {
    readonly status: 400;
    readonly body: unknown;
} | {
    readonly status: 404;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 404> | Status5XX;
    readonly body: unknown;
};
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
/** The declared error responses of `deleteOrder`, by status: narrowing on `status` narrows `body`. */
export type DeleteOrderError = {
    readonly status: 400;
    readonly body: unknown;
} | {
    readonly status: 404;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 404> | Status5XX;
    readonly body: unknown;
};
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
/** The declared error responses of `createUser`, by status: narrowing on `status` narrows `body`. */
export type CreateUserError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
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
/** The declared error responses of `createUsersWithArrayInput`, by status: narrowing on `status` narrows `body`. */
export type CreateUsersWithArrayInputError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
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
/** The declared error responses of `createUsersWithListInput`, by status: narrowing on `status` narrows `body`. */
export type CreateUsersWithListInputError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
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
/** The declared error responses of `loginUser`, by status: narrowing on `status` narrows `body`. */
export type LoginUserError = {
    readonly status: 400;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400> | Status5XX;
    readonly body: unknown;
};
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
/** The declared error responses of `logoutUser`, by status: narrowing on `status` narrows `body`. */
export type LogoutUserError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
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
/** The declared error responses of `getUserByName`, by status: narrowing on `status` narrows `body`. */
export type GetUserByNameError = {
    readonly status: 400;
    readonly body: unknown;
} | {
    readonly status: 404;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 404> | Status5XX;
    readonly body: unknown;
};
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
/** The declared error responses of `updateUser`, by status: narrowing on `status` narrows `body`. */
export type UpdateUserError = {
    readonly status: 400;
    readonly body: unknown;
} | {
    readonly status: 404;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 404> | Status5XX;
    readonly body: unknown;
};
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
/** The declared error responses of `deleteUser`, by status: narrowing on `status` narrows `body`. */
export type DeleteUserError = {
    readonly status: 400;
    readonly body: unknown;
} | {
    readonly status: 404;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400 | 404> | Status5XX;
    readonly body: unknown;
};
