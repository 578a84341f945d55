/** The HTTP statuses 300–399. */
export type Status3XX = 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308 | 309 | 310 | 311 | 312 | 313 | 314 | 315 | 316 | 317 | 318 | 319 | 320 | 321 | 322 | 323 | 324 | 325 | 326 | 327 | 328 | 329 | 330 | 331 | 332 | 333 | 334 | 335 | 336 | 337 | 338 | 339 | 340 | 341 | 342 | 343 | 344 | 345 | 346 | 347 | 348 | 349 | 350 | 351 | 352 | 353 | 354 | 355 | 356 | 357 | 358 | 359 | 360 | 361 | 362 | 363 | 364 | 365 | 366 | 367 | 368 | 369 | 370 | 371 | 372 | 373 | 374 | 375 | 376 | 377 | 378 | 379 | 380 | 381 | 382 | 383 | 384 | 385 | 386 | 387 | 388 | 389 | 390 | 391 | 392 | 393 | 394 | 395 | 396 | 397 | 398 | 399;
/** The HTTP statuses 400–499. */
export type Status4XX = 400 | 401 | 402 | 403 | 404 | 405 | 406 | 407 | 408 | 409 | 410 | 411 | 412 | 413 | 414 | 415 | 416 | 417 | 418 | 419 | 420 | 421 | 422 | 423 | 424 | 425 | 426 | 427 | 428 | 429 | 430 | 431 | 432 | 433 | 434 | 435 | 436 | 437 | 438 | 439 | 440 | 441 | 442 | 443 | 444 | 445 | 446 | 447 | 448 | 449 | 450 | 451 | 452 | 453 | 454 | 455 | 456 | 457 | 458 | 459 | 460 | 461 | 462 | 463 | 464 | 465 | 466 | 467 | 468 | 469 | 470 | 471 | 472 | 473 | 474 | 475 | 476 | 477 | 478 | 479 | 480 | 481 | 482 | 483 | 484 | 485 | 486 | 487 | 488 | 489 | 490 | 491 | 492 | 493 | 494 | 495 | 496 | 497 | 498 | 499;
/** The HTTP statuses 500–599. */
export type Status5XX = 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 509 | 510 | 511 | 512 | 513 | 514 | 515 | 516 | 517 | 518 | 519 | 520 | 521 | 522 | 523 | 524 | 525 | 526 | 527 | 528 | 529 | 530 | 531 | 532 | 533 | 534 | 535 | 536 | 537 | 538 | 539 | 540 | 541 | 542 | 543 | 544 | 545 | 546 | 547 | 548 | 549 | 550 | 551 | 552 | 553 | 554 | 555 | 556 | 557 | 558 | 559 | 560 | 561 | 562 | 563 | 564 | 565 | 566 | 567 | 568 | 569 | 570 | 571 | 572 | 573 | 574 | 575 | 576 | 577 | 578 | 579 | 580 | 581 | 582 | 583 | 584 | 585 | 586 | 587 | 588 | 589 | 590 | 591 | 592 | 593 | 594 | 595 | 596 | 597 | 598 | 599;
export type Member = {
    readonly id?: string;
    displayName: string;
    role?: Role;
};
/**
 * Request (write) view of {@link Member}: without readOnly properties.
 */
export type MemberWritable = {
    displayName: string;
    role?: Role;
};
export type Role = 'owner' | 'member' | 'guest';
export type Team = {
    readonly id: string;
    name: string;
};
/**
 * Request (write) view of {@link Team}: without readOnly properties.
 */
export type TeamWritable = {
    name: string;
};
/**
 * GET /teams
 */
export type ListTeamsParameters = {
    query?: {
        /**
         * form, explode true (the default)
         */
        tags?: string[];
        /**
         * form, explode false
         */
        ids?: number[];
        names?: string[];
        roles?: Role[];
        filter?: {
            name?: string;
            size?: number;
        };
        $top?: number;
    };
};
/**
 * List teams (anonymous)
 */
export type ListTeamsRequestBody = never;
/**
 * List teams (anonymous)
 */
export type ListTeamsResponse = {
    value: Team[];
};
/** The declared error responses of `listTeams`, by status: narrowing on `status` narrows `body`. */
export type ListTeamsError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /teams/{teamId}/members
 */
export type ListMembersParameters = {
    path: {
        teamId: string;
    };
    header: {
        ConsistencyLevel: 'eventual';
        'X-Page-Size'?: number;
    };
    cookie?: {
        session?: string;
    };
};
/**
 * List the members of a team
 */
export type ListMembersRequestBody = never;
/**
 * List the members of a team
 */
export type ListMembersResponse = Member[];
/** The declared error responses of `listMembers`, by status: narrowing on `status` narrows `body`. */
export type ListMembersError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /teams/{teamId}/members
 */
export type AddMemberParameters = {
    path: {
        teamId: string;
    };
};
/**
 * Add a member
 */
export type AddMemberRequestBody = MemberWritable;
/**
 * Add a member
 */
export type AddMemberResponse = Member;
/** The declared error responses of `addMember`, by status: narrowing on `status` narrows `body`. */
export type AddMemberError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /teams/{teamId}/members/{memberId}
 */
export type GetMemberParameters = {
    path: {
        teamId: string;
        memberId: string;
    };
    query?: {
        $select?: string[];
    };
};
/**
 * Get a member
 */
export type GetMemberRequestBody = never;
/**
 * Get a member
 */
export type GetMemberResponse = Member;
/** The declared error responses of `getMember`, by status: narrowing on `status` narrows `body`. */
export type GetMemberError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PUT /teams/{teamId}/members/{memberId}
 */
export type ReplaceMemberParameters = {
    path: {
        teamId: string;
        memberId: string;
    };
};
/**
 * Replace a member
 */
export type ReplaceMemberRequestBody = MemberWritable;
/**
 * Replace a member
 */
export type ReplaceMemberResponse = Member;
/** The declared error responses of `replaceMember`, by status: narrowing on `status` narrows `body`. */
export type ReplaceMemberError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * DELETE /teams/{teamId}/members/{memberId}
 */
export type RemoveMemberParameters = {
    path: {
        teamId: string;
        memberId: string;
    };
};
/**
 * Remove a member
 *
 * @deprecated
 */
export type RemoveMemberRequestBody = never;
/**
 * Remove a member
 *
 * @deprecated
 */
export type RemoveMemberResponse = undefined;
/** The declared error responses of `removeMember`, by status: narrowing on `status` narrows `body`. */
export type RemoveMemberError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /teams/{teamId}/notes
 */
export type GetTeamNotesParameters = {
    path: {
        teamId: string;
    };
};
/**
 * The team's notes, as text
 */
export type GetTeamNotesRequestBody = never;
/**
 * The team's notes, as text
 */
export type GetTeamNotesResponse = string;
/** The declared error responses of `getTeamNotes`, by status: narrowing on `status` narrows `body`. */
export type GetTeamNotesError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /teams/{teamId}/notes
 */
export type AppendTeamNoteParameters = {
    path: {
        teamId: string;
    };
};
/**
 * Append a note (form)
 */
export type AppendTeamNoteRequestBody = {
    text?: string;
    tags?: string[];
};
/**
 * Append a note (form)
 */
export type AppendTeamNoteResponse = undefined;
/** The declared error responses of `appendTeamNote`, by status: narrowing on `status` narrows `body`. */
export type AppendTeamNoteError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PUT /teams/{teamId}/photo
 */
export type SetTeamPhotoParameters = {
    path: {
        teamId: string;
    };
};
/**
 * Upload the team's photo
 */
export type SetTeamPhotoRequestBody = globalThis.Blob | ArrayBuffer | Uint8Array | string;
/**
 * Upload the team's photo
 */
export type SetTeamPhotoResponse = undefined;
/** The declared error responses of `setTeamPhoto`, by status: narrowing on `status` narrows `body`. */
export type SetTeamPhotoError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
