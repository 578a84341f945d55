/** The HTTP statuses 300–399. */
export type Status3XX = 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308 | 309 | 310 | 311 | 312 | 313 | 314 | 315 | 316 | 317 | 318 | 319 | 320 | 321 | 322 | 323 | 324 | 325 | 326 | 327 | 328 | 329 | 330 | 331 | 332 | 333 | 334 | 335 | 336 | 337 | 338 | 339 | 340 | 341 | 342 | 343 | 344 | 345 | 346 | 347 | 348 | 349 | 350 | 351 | 352 | 353 | 354 | 355 | 356 | 357 | 358 | 359 | 360 | 361 | 362 | 363 | 364 | 365 | 366 | 367 | 368 | 369 | 370 | 371 | 372 | 373 | 374 | 375 | 376 | 377 | 378 | 379 | 380 | 381 | 382 | 383 | 384 | 385 | 386 | 387 | 388 | 389 | 390 | 391 | 392 | 393 | 394 | 395 | 396 | 397 | 398 | 399;
/** The HTTP statuses 400–499. */
export type Status4XX = 400 | 401 | 402 | 403 | 404 | 405 | 406 | 407 | 408 | 409 | 410 | 411 | 412 | 413 | 414 | 415 | 416 | 417 | 418 | 419 | 420 | 421 | 422 | 423 | 424 | 425 | 426 | 427 | 428 | 429 | 430 | 431 | 432 | 433 | 434 | 435 | 436 | 437 | 438 | 439 | 440 | 441 | 442 | 443 | 444 | 445 | 446 | 447 | 448 | 449 | 450 | 451 | 452 | 453 | 454 | 455 | 456 | 457 | 458 | 459 | 460 | 461 | 462 | 463 | 464 | 465 | 466 | 467 | 468 | 469 | 470 | 471 | 472 | 473 | 474 | 475 | 476 | 477 | 478 | 479 | 480 | 481 | 482 | 483 | 484 | 485 | 486 | 487 | 488 | 489 | 490 | 491 | 492 | 493 | 494 | 495 | 496 | 497 | 498 | 499;
/** The HTTP statuses 500–599. */
export type Status5XX = 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 509 | 510 | 511 | 512 | 513 | 514 | 515 | 516 | 517 | 518 | 519 | 520 | 521 | 522 | 523 | 524 | 525 | 526 | 527 | 528 | 529 | 530 | 531 | 532 | 533 | 534 | 535 | 536 | 537 | 538 | 539 | 540 | 541 | 542 | 543 | 544 | 545 | 546 | 547 | 548 | 549 | 550 | 551 | 552 | 553 | 554 | 555 | 556 | 557 | 558 | 559 | 560 | 561 | 562 | 563 | 564 | 565 | 566 | 567 | 568 | 569 | 570 | 571 | 572 | 573 | 574 | 575 | 576 | 577 | 578 | 579 | 580 | 581 | 582 | 583 | 584 | 585 | 586 | 587 | 588 | 589 | 590 | 591 | 592 | 593 | 594 | 595 | 596 | 597 | 598 | 599;
/**
 * GET /anything/apiKey
 */
export type GetAnythingApiKeyParameters = {
    [key: string]: never;
};
/**
 * Query parameter
 */
export type GetAnythingApiKeyRequestBody = never;
/**
 * Query parameter
 */
export type GetAnythingApiKeyResponse = undefined;
/** The declared error responses of `getAnythingApiKey`, by status: narrowing on `status` narrows `body`. */
export type GetAnythingApiKeyError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PUT /anything/apiKey
 */
export type PutAnythingApiKeyParameters = {
    [key: string]: never;
};
/**
 * Header
 */
export type PutAnythingApiKeyRequestBody = never;
/**
 * Header
 */
export type PutAnythingApiKeyResponse = undefined;
/** The declared error responses of `putAnythingApiKey`, by status: narrowing on `status` narrows `body`. */
export type PutAnythingApiKeyError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /anything/apiKey
 */
export type PostAnythingApiKeyParameters = {
    [key: string]: never;
};
/**
 * Cookie
 */
export type PostAnythingApiKeyRequestBody = never;
/**
 * Cookie
 */
export type PostAnythingApiKeyResponse = undefined;
/** The declared error responses of `postAnythingApiKey`, by status: narrowing on `status` narrows `body`. */
export type PostAnythingApiKeyError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /anything/basic
 */
export type PostAnythingBasicParameters = {
    [key: string]: never;
};
/**
 * Basic
 */
export type PostAnythingBasicRequestBody = never;
/**
 * Basic
 */
export type PostAnythingBasicResponse = undefined;
/** The declared error responses of `postAnythingBasic`, by status: narrowing on `status` narrows `body`. */
export type PostAnythingBasicError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PUT /anything/bearer
 */
export type PutAnythingBearerParameters = {
    [key: string]: never;
};
/**
 * Bearer (`jwt` format)
 */
export type PutAnythingBearerRequestBody = never;
/**
 * Bearer (`jwt` format)
 */
export type PutAnythingBearerResponse = undefined;
/** The declared error responses of `putAnythingBearer`, by status: narrowing on `status` narrows `body`. */
export type PutAnythingBearerError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /anything/bearer
 */
export type PostAnythingBearerParameters = {
    [key: string]: never;
};
/**
 * Bearer
 */
export type PostAnythingBearerRequestBody = never;
/**
 * Bearer
 */
export type PostAnythingBearerResponse = undefined;
/** The declared error responses of `postAnythingBearer`, by status: narrowing on `status` narrows `body`. */
export type PostAnythingBearerError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /anything/mutualTLS
 */
export type PostAnythingMutualTLSParameters = {
    [key: string]: never;
};
/**
 * `mutualTLS` auth
 */
export type PostAnythingMutualTLSRequestBody = never;
/**
 * `mutualTLS` auth
 */
export type PostAnythingMutualTLSResponse = undefined;
/** The declared error responses of `postAnythingMutualTLS`, by status: narrowing on `status` narrows `body`. */
export type PostAnythingMutualTLSError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /anything/no-auth
 */
export type PostAnythingNoAuthParameters = {
    [key: string]: never;
};
/**
 * No auth requirements
 */
export type PostAnythingNoAuthRequestBody = never;
/**
 * No auth requirements
 */
export type PostAnythingNoAuthResponse = undefined;
/** The declared error responses of `postAnythingNoAuth`, by status: narrowing on `status` narrows `body`. */
export type PostAnythingNoAuthError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /anything/oauth2
 */
export type GetAnythingOauth2Parameters = {
    [key: string]: never;
};
/**
 * General support (authorizationCode flow type)
 */
export type GetAnythingOauth2RequestBody = never;
/**
 * General support (authorizationCode flow type)
 */
export type GetAnythingOauth2Response = undefined;
/** The declared error responses of `getAnythingOauth2`, by status: narrowing on `status` narrows `body`. */
export type GetAnythingOauth2Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PUT /anything/oauth2
 */
export type PutAnythingOauth2Parameters = {
    [key: string]: never;
};
/**
 * General support (clientCredentials flow type)
 */
export type PutAnythingOauth2RequestBody = never;
/**
 * General support (clientCredentials flow type)
 */
export type PutAnythingOauth2Response = undefined;
/** The declared error responses of `putAnythingOauth2`, by status: narrowing on `status` narrows `body`. */
export type PutAnythingOauth2Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /anything/oauth2
 */
export type PostAnythingOauth2Parameters = {
    [key: string]: never;
};
/**
 * General support (all flow types)
 */
export type PostAnythingOauth2RequestBody = never;
/**
 * General support (all flow types)
 */
export type PostAnythingOauth2Response = undefined;
/** The declared error responses of `postAnythingOauth2`, by status: narrowing on `status` narrows `body`. */
export type PostAnythingOauth2Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * DELETE /anything/oauth2
 */
export type DeleteAnythingOauth2Parameters = {
    [key: string]: never;
};
/**
 * General support (password flow type)
 */
export type DeleteAnythingOauth2RequestBody = never;
/**
 * General support (password flow type)
 */
export type DeleteAnythingOauth2Response = undefined;
/** The declared error responses of `deleteAnythingOauth2`, by status: narrowing on `status` narrows `body`. */
export type DeleteAnythingOauth2Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * PATCH /anything/oauth2
 */
export type PatchAnythingOauth2Parameters = {
    [key: string]: never;
};
/**
 * General support (implicit flow type)
 */
export type PatchAnythingOauth2RequestBody = never;
/**
 * General support (implicit flow type)
 */
export type PatchAnythingOauth2Response = undefined;
/** The declared error responses of `patchAnythingOauth2`, by status: narrowing on `status` narrows `body`. */
export type PatchAnythingOauth2Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /anything/openIdConnect
 */
export type PostAnythingOpenIdConnectParameters = {
    [key: string]: never;
};
/**
 * General support
 */
export type PostAnythingOpenIdConnectRequestBody = never;
/**
 * General support
 */
export type PostAnythingOpenIdConnectResponse = undefined;
/** The declared error responses of `postAnythingOpenIdConnect`, by status: narrowing on `status` narrows `body`. */
export type PostAnythingOpenIdConnectError = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * POST /status/401
 */
export type PostStatus401Parameters = {
    [key: string]: never;
};
/**
 * Forced invalid authentication
 */
export type PostStatus401RequestBody = never;
/**
 * Forced invalid authentication
 */
export type PostStatus401Response = unknown;
/** The declared error responses of `postStatus401`, by status: narrowing on `status` narrows `body`. */
export type PostStatus401Error = {
    readonly status: 401;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 401> | Status5XX;
    readonly body: unknown;
};
