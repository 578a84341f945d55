/** The HTTP statuses 300–399. */
export type Status3XX = 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308 | 309 | 310 | 311 | 312 | 313 | 314 | 315 | 316 | 317 | 318 | 319 | 320 | 321 | 322 | 323 | 324 | 325 | 326 | 327 | 328 | 329 | 330 | 331 | 332 | 333 | 334 | 335 | 336 | 337 | 338 | 339 | 340 | 341 | 342 | 343 | 344 | 345 | 346 | 347 | 348 | 349 | 350 | 351 | 352 | 353 | 354 | 355 | 356 | 357 | 358 | 359 | 360 | 361 | 362 | 363 | 364 | 365 | 366 | 367 | 368 | 369 | 370 | 371 | 372 | 373 | 374 | 375 | 376 | 377 | 378 | 379 | 380 | 381 | 382 | 383 | 384 | 385 | 386 | 387 | 388 | 389 | 390 | 391 | 392 | 393 | 394 | 395 | 396 | 397 | 398 | 399;
/** The HTTP statuses 400–499. */
export type Status4XX = 400 | 401 | 402 | 403 | 404 | 405 | 406 | 407 | 408 | 409 | 410 | 411 | 412 | 413 | 414 | 415 | 416 | 417 | 418 | 419 | 420 | 421 | 422 | 423 | 424 | 425 | 426 | 427 | 428 | 429 | 430 | 431 | 432 | 433 | 434 | 435 | 436 | 437 | 438 | 439 | 440 | 441 | 442 | 443 | 444 | 445 | 446 | 447 | 448 | 449 | 450 | 451 | 452 | 453 | 454 | 455 | 456 | 457 | 458 | 459 | 460 | 461 | 462 | 463 | 464 | 465 | 466 | 467 | 468 | 469 | 470 | 471 | 472 | 473 | 474 | 475 | 476 | 477 | 478 | 479 | 480 | 481 | 482 | 483 | 484 | 485 | 486 | 487 | 488 | 489 | 490 | 491 | 492 | 493 | 494 | 495 | 496 | 497 | 498 | 499;
/** The HTTP statuses 500–599. */
export type Status5XX = 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 509 | 510 | 511 | 512 | 513 | 514 | 515 | 516 | 517 | 518 | 519 | 520 | 521 | 522 | 523 | 524 | 525 | 526 | 527 | 528 | 529 | 530 | 531 | 532 | 533 | 534 | 535 | 536 | 537 | 538 | 539 | 540 | 541 | 542 | 543 | 544 | 545 | 546 | 547 | 548 | 549 | 550 | 551 | 552 | 553 | 554 | 555 | 556 | 557 | 558 | 559 | 560 | 561 | 562 | 563 | 564 | 565 | 566 | 567 | 568 | 569 | 570 | 571 | 572 | 573 | 574 | 575 | 576 | 577 | 578 | 579 | 580 | 581 | 582 | 583 | 584 | 585 | 586 | 587 | 588 | 589 | 590 | 591 | 592 | 593 | 594 | 595 | 596 | 597 | 598 | 599;
/**
 * GET /status/100
 */
export type GetStatus100Parameters = {
    [key: string]: never;
};
/**
 * Returns a "100 Continue"
 */
export type GetStatus100RequestBody = never;
/**
 * Returns a "100 Continue"
 */
export type GetStatus100Response = unknown;
/** The declared error responses of `getStatus100`, by status: narrowing on `status` narrows `body`. */
export type GetStatus100Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/101
 */
export type GetStatus101Parameters = {
    [key: string]: never;
};
/**
 * Returns a "101 Switching Protocols"
 */
export type GetStatus101RequestBody = never;
/**
 * Returns a "101 Switching Protocols"
 */
export type GetStatus101Response = unknown;
/** The declared error responses of `getStatus101`, by status: narrowing on `status` narrows `body`. */
export type GetStatus101Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/102
 */
export type GetStatus102Parameters = {
    [key: string]: never;
};
/**
 * Returns a "102 Processing"
 */
export type GetStatus102RequestBody = never;
/**
 * Returns a "102 Processing"
 */
export type GetStatus102Response = unknown;
/** The declared error responses of `getStatus102`, by status: narrowing on `status` narrows `body`. */
export type GetStatus102Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/103
 */
export type GetStatus103Parameters = {
    [key: string]: never;
};
/**
 * Returns a "103 Early Hints"
 */
export type GetStatus103RequestBody = never;
/**
 * Returns a "103 Early Hints"
 */
export type GetStatus103Response = unknown;
/** The declared error responses of `getStatus103`, by status: narrowing on `status` narrows `body`. */
export type GetStatus103Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/200
 */
export type GetStatus200Parameters = {
    [key: string]: never;
};
/**
 * Returns a "200 OK"
 */
export type GetStatus200RequestBody = never;
/**
 * Returns a "200 OK"
 */
export type GetStatus200Response = undefined;
/** The declared error responses of `getStatus200`, by status: narrowing on `status` narrows `body`. */
export type GetStatus200Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/201
 */
export type GetStatus201Parameters = {
    [key: string]: never;
};
/**
 * Returns a "201 Created"
 */
export type GetStatus201RequestBody = never;
/**
 * Returns a "201 Created"
 */
export type GetStatus201Response = undefined;
/** The declared error responses of `getStatus201`, by status: narrowing on `status` narrows `body`. */
export type GetStatus201Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/202
 */
export type GetStatus202Parameters = {
    [key: string]: never;
};
/**
 * Returns a "202 Accepted"
 */
export type GetStatus202RequestBody = never;
/**
 * Returns a "202 Accepted"
 */
export type GetStatus202Response = undefined;
/** The declared error responses of `getStatus202`, by status: narrowing on `status` narrows `body`. */
export type GetStatus202Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/203
 */
export type GetStatus203Parameters = {
    [key: string]: never;
};
/**
 * Returns a "203 Non-Authoritative Information"
 */
export type GetStatus203RequestBody = never;
/**
 * Returns a "203 Non-Authoritative Information"
 */
export type GetStatus203Response = undefined;
/** The declared error responses of `getStatus203`, by status: narrowing on `status` narrows `body`. */
export type GetStatus203Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/204
 */
export type GetStatus204Parameters = {
    [key: string]: never;
};
/**
 * Returns a "204 No Content"
 */
export type GetStatus204RequestBody = never;
/**
 * Returns a "204 No Content"
 */
export type GetStatus204Response = undefined;
/** The declared error responses of `getStatus204`, by status: narrowing on `status` narrows `body`. */
export type GetStatus204Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/205
 */
export type GetStatus205Parameters = {
    [key: string]: never;
};
/**
 * Returns a "205 Reset Content"
 */
export type GetStatus205RequestBody = never;
/**
 * Returns a "205 Reset Content"
 */
export type GetStatus205Response = undefined;
/** The declared error responses of `getStatus205`, by status: narrowing on `status` narrows `body`. */
export type GetStatus205Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/206
 */
export type GetStatus206Parameters = {
    [key: string]: never;
};
/**
 * Returns a "206 Partial Content"
 */
export type GetStatus206RequestBody = never;
/**
 * Returns a "206 Partial Content"
 */
export type GetStatus206Response = undefined;
/** The declared error responses of `getStatus206`, by status: narrowing on `status` narrows `body`. */
export type GetStatus206Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/207
 */
export type GetStatus207Parameters = {
    [key: string]: never;
};
/**
 * Returns a "200 Multi-Status"
 */
export type GetStatus207RequestBody = never;
/**
 * Returns a "200 Multi-Status"
 */
export type GetStatus207Response = undefined;
/** The declared error responses of `getStatus207`, by status: narrowing on `status` narrows `body`. */
export type GetStatus207Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/208
 */
export type GetStatus208Parameters = {
    [key: string]: never;
};
/**
 * Returns a "208 Already Reported"
 */
export type GetStatus208RequestBody = never;
/**
 * Returns a "208 Already Reported"
 */
export type GetStatus208Response = undefined;
/** The declared error responses of `getStatus208`, by status: narrowing on `status` narrows `body`. */
export type GetStatus208Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/218
 */
export type GetStatus218Parameters = {
    [key: string]: never;
};
/**
 * Returns a "218 This is fine"
 */
export type GetStatus218RequestBody = never;
/**
 * Returns a "218 This is fine"
 */
export type GetStatus218Response = undefined;
/** The declared error responses of `getStatus218`, by status: narrowing on `status` narrows `body`. */
export type GetStatus218Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/226
 */
export type GetStatus226Parameters = {
    [key: string]: never;
};
/**
 * Returns a "226 IM Used"
 */
export type GetStatus226RequestBody = never;
/**
 * Returns a "226 IM Used"
 */
export type GetStatus226Response = undefined;
/** The declared error responses of `getStatus226`, by status: narrowing on `status` narrows `body`. */
export type GetStatus226Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/300
 */
export type GetStatus300Parameters = {
    [key: string]: never;
};
/**
 * Returns a "300 Multiple Choice"
 */
export type GetStatus300RequestBody = never;
/**
 * Returns a "300 Multiple Choice"
 */
export type GetStatus300Response = unknown;
/** The declared error responses of `getStatus300`, by status: narrowing on `status` narrows `body`. */
export type GetStatus300Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/301
 */
export type GetStatus301Parameters = {
    [key: string]: never;
};
/**
 * Returns a "301 Moved Permanently"
 */
export type GetStatus301RequestBody = never;
/**
 * Returns a "301 Moved Permanently"
 */
export type GetStatus301Response = unknown;
/** The declared error responses of `getStatus301`, by status: narrowing on `status` narrows `body`. */
export type GetStatus301Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/302
 */
export type GetStatus302Parameters = {
    [key: string]: never;
};
/**
 * Returns a "302 Found"
 */
export type GetStatus302RequestBody = never;
/**
 * Returns a "302 Found"
 */
export type GetStatus302Response = unknown;
/** The declared error responses of `getStatus302`, by status: narrowing on `status` narrows `body`. */
export type GetStatus302Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/303
 */
export type GetStatus303Parameters = {
    [key: string]: never;
};
/**
 * Returns a "303 See Other"
 */
export type GetStatus303RequestBody = never;
/**
 * Returns a "303 See Other"
 */
export type GetStatus303Response = unknown;
/** The declared error responses of `getStatus303`, by status: narrowing on `status` narrows `body`. */
export type GetStatus303Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/304
 */
export type GetStatus304Parameters = {
    [key: string]: never;
};
/**
 * Returns a "304 Not Modified"
 */
export type GetStatus304RequestBody = never;
/**
 * Returns a "304 Not Modified"
 */
export type GetStatus304Response = unknown;
/** The declared error responses of `getStatus304`, by status: narrowing on `status` narrows `body`. */
export type GetStatus304Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/305
 */
export type GetStatus305Parameters = {
    [key: string]: never;
};
/**
 * Returns a "305 Use Proxy"
 */
export type GetStatus305RequestBody = never;
/**
 * Returns a "305 Use Proxy"
 */
export type GetStatus305Response = unknown;
/** The declared error responses of `getStatus305`, by status: narrowing on `status` narrows `body`. */
export type GetStatus305Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/306
 */
export type GetStatus306Parameters = {
    [key: string]: never;
};
/**
 * Returns a "306 Switch Proxy"
 */
export type GetStatus306RequestBody = never;
/**
 * Returns a "306 Switch Proxy"
 */
export type GetStatus306Response = unknown;
/** The declared error responses of `getStatus306`, by status: narrowing on `status` narrows `body`. */
export type GetStatus306Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/307
 */
export type GetStatus307Parameters = {
    [key: string]: never;
};
/**
 * Returns a "307 Temporary Redirect"
 */
export type GetStatus307RequestBody = never;
/**
 * Returns a "307 Temporary Redirect"
 */
export type GetStatus307Response = unknown;
/** The declared error responses of `getStatus307`, by status: narrowing on `status` narrows `body`. */
export type GetStatus307Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/308
 */
export type GetStatus308Parameters = {
    [key: string]: never;
};
/**
 * Returns a "308 Permanent Redirect"
 */
export type GetStatus308RequestBody = never;
/**
 * Returns a "308 Permanent Redirect"
 */
export type GetStatus308Response = unknown;
/** The declared error responses of `getStatus308`, by status: narrowing on `status` narrows `body`. */
export type GetStatus308Error = {
    readonly status: Status3XX | Status4XX | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/400
 */
export type GetStatus400Parameters = {
    [key: string]: never;
};
/**
 * Returns a "400 Bad Request"
 */
export type GetStatus400RequestBody = never;
/**
 * Returns a "400 Bad Request"
 */
export type GetStatus400Response = unknown;
/** The declared error responses of `getStatus400`, by status: narrowing on `status` narrows `body`. */
export type GetStatus400Error = {
    readonly status: 400;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 400> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/401
 */
export type GetStatus401Parameters = {
    [key: string]: never;
};
/**
 * Returns a "401 Unauthorized"
 */
export type GetStatus401RequestBody = never;
/**
 * Returns a "401 Unauthorized"
 */
export type GetStatus401Response = unknown;
/** The declared error responses of `getStatus401`, by status: narrowing on `status` narrows `body`. */
export type GetStatus401Error = {
    readonly status: 401;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 401> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/402
 */
export type GetStatus402Parameters = {
    [key: string]: never;
};
/**
 * Returns a "402 Payment Required"
 */
export type GetStatus402RequestBody = never;
/**
 * Returns a "402 Payment Required"
 */
export type GetStatus402Response = unknown;
/** The declared error responses of `getStatus402`, by status: narrowing on `status` narrows `body`. */
export type GetStatus402Error = {
    readonly status: 402;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 402> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/403
 */
export type GetStatus403Parameters = {
    [key: string]: never;
};
/**
 * Returns a "403 Forbidden"
 */
export type GetStatus403RequestBody = never;
/**
 * Returns a "403 Forbidden"
 */
export type GetStatus403Response = unknown;
/** The declared error responses of `getStatus403`, by status: narrowing on `status` narrows `body`. */
export type GetStatus403Error = {
    readonly status: 403;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 403> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/404
 */
export type GetStatus404Parameters = {
    [key: string]: never;
};
/**
 * Returns a "404 Not Found"
 */
export type GetStatus404RequestBody = never;
/**
 * Returns a "404 Not Found"
 */
export type GetStatus404Response = unknown;
/** The declared error responses of `getStatus404`, by status: narrowing on `status` narrows `body`. */
export type GetStatus404Error = {
    readonly status: 404;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 404> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/405
 */
export type GetStatus405Parameters = {
    [key: string]: never;
};
/**
 * Returns a "405 Method Not Allowed"
 */
export type GetStatus405RequestBody = never;
/**
 * Returns a "405 Method Not Allowed"
 */
export type GetStatus405Response = unknown;
/** The declared error responses of `getStatus405`, by status: narrowing on `status` narrows `body`. */
export type GetStatus405Error = {
    readonly status: 405;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 405> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/406
 */
export type GetStatus406Parameters = {
    [key: string]: never;
};
/**
 * Returns a "406 Not Acceptable"
 */
export type GetStatus406RequestBody = never;
/**
 * Returns a "406 Not Acceptable"
 */
export type GetStatus406Response = unknown;
/** The declared error responses of `getStatus406`, by status: narrowing on `status` narrows `body`. */
export type GetStatus406Error = {
    readonly status: 406;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 406> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/407
 */
export type GetStatus407Parameters = {
    [key: string]: never;
};
/**
 * Returns a "407 Proxy Authentication Required"
 */
export type GetStatus407RequestBody = never;
/**
 * Returns a "407 Proxy Authentication Required"
 */
export type GetStatus407Response = unknown;
/** The declared error responses of `getStatus407`, by status: narrowing on `status` narrows `body`. */
export type GetStatus407Error = {
    readonly status: 407;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 407> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/408
 */
export type GetStatus408Parameters = {
    [key: string]: never;
};
/**
 * Returns a "408 Request Timeout"
 */
export type GetStatus408RequestBody = never;
/**
 * Returns a "408 Request Timeout"
 */
export type GetStatus408Response = unknown;
/** The declared error responses of `getStatus408`, by status: narrowing on `status` narrows `body`. */
export type GetStatus408Error = {
    readonly status: 408;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 408> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/409
 */
export type GetStatus409Parameters = {
    [key: string]: never;
};
/**
 * Returns a "409 Conflict"
 */
export type GetStatus409RequestBody = never;
/**
 * Returns a "409 Conflict"
 */
export type GetStatus409Response = unknown;
/** The declared error responses of `getStatus409`, by status: narrowing on `status` narrows `body`. */
export type GetStatus409Error = {
    readonly status: 409;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 409> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/410
 */
export type GetStatus410Parameters = {
    [key: string]: never;
};
/**
 * Returns a "410 Gone"
 */
export type GetStatus410RequestBody = never;
/**
 * Returns a "410 Gone"
 */
export type GetStatus410Response = unknown;
/** The declared error responses of `getStatus410`, by status: narrowing on `status` narrows `body`. */
export type GetStatus410Error = {
    readonly status: 410;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 410> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/411
 */
export type GetStatus411Parameters = {
    [key: string]: never;
};
/**
 * Returns a "411 Length Required"
 */
export type GetStatus411RequestBody = never;
/**
 * Returns a "411 Length Required"
 */
export type GetStatus411Response = unknown;
/** The declared error responses of `getStatus411`, by status: narrowing on `status` narrows `body`. */
export type GetStatus411Error = {
    readonly status: 411;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 411> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/412
 */
export type GetStatus412Parameters = {
    [key: string]: never;
};
/**
 * Returns a "412 Precondition Failed"
 */
export type GetStatus412RequestBody = never;
/**
 * Returns a "412 Precondition Failed"
 */
export type GetStatus412Response = unknown;
/** The declared error responses of `getStatus412`, by status: narrowing on `status` narrows `body`. */
export type GetStatus412Error = {
    readonly status: 412;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 412> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/413
 */
export type GetStatus413Parameters = {
    [key: string]: never;
};
/**
 * Returns a "413 Payload Too Large"
 */
export type GetStatus413RequestBody = never;
/**
 * Returns a "413 Payload Too Large"
 */
export type GetStatus413Response = unknown;
/** The declared error responses of `getStatus413`, by status: narrowing on `status` narrows `body`. */
export type GetStatus413Error = {
    readonly status: 413;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 413> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/414
 */
export type GetStatus414Parameters = {
    [key: string]: never;
};
/**
 * Returns a "414 URI Too Long"
 */
export type GetStatus414RequestBody = never;
/**
 * Returns a "414 URI Too Long"
 */
export type GetStatus414Response = unknown;
/** The declared error responses of `getStatus414`, by status: narrowing on `status` narrows `body`. */
export type GetStatus414Error = {
    readonly status: 414;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 414> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/415
 */
export type GetStatus415Parameters = {
    [key: string]: never;
};
/**
 * Returns a "415 Unsupported Media Type"
 */
export type GetStatus415RequestBody = never;
/**
 * Returns a "415 Unsupported Media Type"
 */
export type GetStatus415Response = unknown;
/** The declared error responses of `getStatus415`, by status: narrowing on `status` narrows `body`. */
export type GetStatus415Error = {
    readonly status: 415;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 415> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/416
 */
export type GetStatus416Parameters = {
    [key: string]: never;
};
/**
 * Returns a "416 Range Not Satisfiable"
 */
export type GetStatus416RequestBody = never;
/**
 * Returns a "416 Range Not Satisfiable"
 */
export type GetStatus416Response = unknown;
/** The declared error responses of `getStatus416`, by status: narrowing on `status` narrows `body`. */
export type GetStatus416Error = {
    readonly status: 416;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 416> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/417
 */
export type GetStatus417Parameters = {
    [key: string]: never;
};
/**
 * Returns a "417 Expectation Failed"
 */
export type GetStatus417RequestBody = never;
/**
 * Returns a "417 Expectation Failed"
 */
export type GetStatus417Response = unknown;
/** The declared error responses of `getStatus417`, by status: narrowing on `status` narrows `body`. */
export type GetStatus417Error = {
    readonly status: 417;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 417> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/418
 */
export type GetStatus418Parameters = {
    [key: string]: never;
};
/**
 * Returns a "418 I'm a teapot"
 */
export type GetStatus418RequestBody = never;
/**
 * Returns a "418 I'm a teapot"
 */
export type GetStatus418Response = unknown;
/** The declared error responses of `getStatus418`, by status: narrowing on `status` narrows `body`. */
export type GetStatus418Error = {
    readonly status: 418;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 418> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/419
 */
export type GetStatus419Parameters = {
    [key: string]: never;
};
/**
 * Returns a "419 Page Expired"
 */
export type GetStatus419RequestBody = never;
/**
 * Returns a "419 Page Expired"
 */
export type GetStatus419Response = unknown;
/** The declared error responses of `getStatus419`, by status: narrowing on `status` narrows `body`. */
export type GetStatus419Error = {
    readonly status: 419;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 419> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/420
 */
export type GetStatus420Parameters = {
    [key: string]: never;
};
/**
 * Returns a "420 Enhance Your Calm"
 */
export type GetStatus420RequestBody = never;
/**
 * Returns a "420 Enhance Your Calm"
 */
export type GetStatus420Response = unknown;
/** The declared error responses of `getStatus420`, by status: narrowing on `status` narrows `body`. */
export type GetStatus420Error = {
    readonly status: 420;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 420> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/421
 */
export type GetStatus421Parameters = {
    [key: string]: never;
};
/**
 * Returns a "421 Misdirected Request"
 */
export type GetStatus421RequestBody = never;
/**
 * Returns a "421 Misdirected Request"
 */
export type GetStatus421Response = unknown;
/** The declared error responses of `getStatus421`, by status: narrowing on `status` narrows `body`. */
export type GetStatus421Error = {
    readonly status: 421;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 421> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/422
 */
export type GetStatus422Parameters = {
    [key: string]: never;
};
/**
 * Returns a "422 Unprocessable Entity"
 */
export type GetStatus422RequestBody = never;
/**
 * Returns a "422 Unprocessable Entity"
 */
export type GetStatus422Response = unknown;
/** The declared error responses of `getStatus422`, by status: narrowing on `status` narrows `body`. */
export type GetStatus422Error = {
    readonly status: 422;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 422> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/423
 */
export type GetStatus423Parameters = {
    [key: string]: never;
};
/**
 * Returns a "423 Locked"
 */
export type GetStatus423RequestBody = never;
/**
 * Returns a "423 Locked"
 */
export type GetStatus423Response = unknown;
/** The declared error responses of `getStatus423`, by status: narrowing on `status` narrows `body`. */
export type GetStatus423Error = {
    readonly status: 423;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 423> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/424
 */
export type GetStatus424Parameters = {
    [key: string]: never;
};
/**
 * Returns a "424 Failed Dependency"
 */
export type GetStatus424RequestBody = never;
/**
 * Returns a "424 Failed Dependency"
 */
export type GetStatus424Response = unknown;
/** The declared error responses of `getStatus424`, by status: narrowing on `status` narrows `body`. */
export type GetStatus424Error = {
    readonly status: 424;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 424> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/425
 */
export type GetStatus425Parameters = {
    [key: string]: never;
};
/**
 * Returns a "425 Too Early"
 */
export type GetStatus425RequestBody = never;
/**
 * Returns a "425 Too Early"
 */
export type GetStatus425Response = unknown;
/** The declared error responses of `getStatus425`, by status: narrowing on `status` narrows `body`. */
export type GetStatus425Error = {
    readonly status: 425;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 425> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/426
 */
export type GetStatus426Parameters = {
    [key: string]: never;
};
/**
 * Returns a "426 Upgrade Required"
 */
export type GetStatus426RequestBody = never;
/**
 * Returns a "426 Upgrade Required"
 */
export type GetStatus426Response = unknown;
/** The declared error responses of `getStatus426`, by status: narrowing on `status` narrows `body`. */
export type GetStatus426Error = {
    readonly status: 426;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 426> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/428
 */
export type GetStatus428Parameters = {
    [key: string]: never;
};
/**
 * Returns a "428 Precondition Required"
 */
export type GetStatus428RequestBody = never;
/**
 * Returns a "428 Precondition Required"
 */
export type GetStatus428Response = unknown;
/** The declared error responses of `getStatus428`, by status: narrowing on `status` narrows `body`. */
export type GetStatus428Error = {
    readonly status: 428;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 428> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/429
 */
export type GetStatus429Parameters = {
    [key: string]: never;
};
/**
 * Returns a "429 Too Many Requests"
 */
export type GetStatus429RequestBody = never;
/**
 * Returns a "429 Too Many Requests"
 */
export type GetStatus429Response = unknown;
/** The declared error responses of `getStatus429`, by status: narrowing on `status` narrows `body`. */
export type GetStatus429Error = {
    readonly status: 429;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 429> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/430
 */
export type GetStatus430Parameters = {
    [key: string]: never;
};
/**
 * > ⚠️ Unofficial Status Code
 * Returns a "430 Request Header Fields Too Large"
 */
export type GetStatus430RequestBody = never;
/**
 * > ⚠️ Unofficial Status Code
 * Returns a "430 Request Header Fields Too Large"
 */
export type GetStatus430Response = unknown;
/** The declared error responses of `getStatus430`, by status: narrowing on `status` narrows `body`. */
export type GetStatus430Error = {
    readonly status: 430;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 430> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/431
 */
export type GetStatus431Parameters = {
    [key: string]: never;
};
/**
 * Returns a "431 Request Header Fields Too Large"
 */
export type GetStatus431RequestBody = never;
/**
 * Returns a "431 Request Header Fields Too Large"
 */
export type GetStatus431Response = unknown;
/** The declared error responses of `getStatus431`, by status: narrowing on `status` narrows `body`. */
export type GetStatus431Error = {
    readonly status: 431;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 431> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/440
 */
export type GetStatus440Parameters = {
    [key: string]: never;
};
/**
 * Returns a "440 Login Time-out"
 */
export type GetStatus440RequestBody = never;
/**
 * Returns a "440 Login Time-out"
 */
export type GetStatus440Response = unknown;
/** The declared error responses of `getStatus440`, by status: narrowing on `status` narrows `body`. */
export type GetStatus440Error = {
    readonly status: 440;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 440> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/444
 */
export type GetStatus444Parameters = {
    [key: string]: never;
};
/**
 * Returns a "444 No Response"
 */
export type GetStatus444RequestBody = never;
/**
 * Returns a "444 No Response"
 */
export type GetStatus444Response = unknown;
/** The declared error responses of `getStatus444`, by status: narrowing on `status` narrows `body`. */
export type GetStatus444Error = {
    readonly status: 444;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 444> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/449
 */
export type GetStatus449Parameters = {
    [key: string]: never;
};
/**
 * Returns a "449 Retry With"
 */
export type GetStatus449RequestBody = never;
/**
 * Returns a "449 Retry With"
 */
export type GetStatus449Response = unknown;
/** The declared error responses of `getStatus449`, by status: narrowing on `status` narrows `body`. */
export type GetStatus449Error = {
    readonly status: 449;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 449> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/450
 */
export type GetStatus450Parameters = {
    [key: string]: never;
};
/**
 * Returns a "450 Blocked by Windows Parental Controls"
 */
export type GetStatus450RequestBody = never;
/**
 * Returns a "450 Blocked by Windows Parental Controls"
 */
export type GetStatus450Response = unknown;
/** The declared error responses of `getStatus450`, by status: narrowing on `status` narrows `body`. */
export type GetStatus450Error = {
    readonly status: 450;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 450> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/451
 */
export type GetStatus451Parameters = {
    [key: string]: never;
};
/**
 * Returns a "451 Unavailable For Legal Reasons"
 */
export type GetStatus451RequestBody = never;
/**
 * Returns a "451 Unavailable For Legal Reasons"
 */
export type GetStatus451Response = unknown;
/** The declared error responses of `getStatus451`, by status: narrowing on `status` narrows `body`. */
export type GetStatus451Error = {
    readonly status: 451;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 451> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/494
 */
export type GetStatus494Parameters = {
    [key: string]: never;
};
/**
 * Returns a "494 Request Header Too Large"
 */
export type GetStatus494RequestBody = never;
/**
 * Returns a "494 Request Header Too Large"
 */
export type GetStatus494Response = unknown;
/** The declared error responses of `getStatus494`, by status: narrowing on `status` narrows `body`. */
export type GetStatus494Error = {
    readonly status: 494;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 494> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/495
 */
export type GetStatus495Parameters = {
    [key: string]: never;
};
/**
 * Returns a "495 SSL Certificate Error"
 */
export type GetStatus495RequestBody = never;
/**
 * Returns a "495 SSL Certificate Error"
 */
export type GetStatus495Response = unknown;
/** The declared error responses of `getStatus495`, by status: narrowing on `status` narrows `body`. */
export type GetStatus495Error = {
    readonly status: 495;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 495> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/496
 */
export type GetStatus496Parameters = {
    [key: string]: never;
};
/**
 * Returns a "496 SSL Certificate Required"
 */
export type GetStatus496RequestBody = never;
/**
 * Returns a "496 SSL Certificate Required"
 */
export type GetStatus496Response = unknown;
/** The declared error responses of `getStatus496`, by status: narrowing on `status` narrows `body`. */
export type GetStatus496Error = {
    readonly status: 496;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 496> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/497
 */
export type GetStatus497Parameters = {
    [key: string]: never;
};
/**
 * Returns a "497 HTTP Request Sent to HTTPS Port"
 */
export type GetStatus497RequestBody = never;
/**
 * Returns a "497 HTTP Request Sent to HTTPS Port"
 */
export type GetStatus497Response = unknown;
/** The declared error responses of `getStatus497`, by status: narrowing on `status` narrows `body`. */
export type GetStatus497Error = {
    readonly status: 497;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 497> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/498
 */
export type GetStatus498Parameters = {
    [key: string]: never;
};
/**
 * Returns a "498 Invalid Token"
 */
export type GetStatus498RequestBody = never;
/**
 * Returns a "498 Invalid Token"
 */
export type GetStatus498Response = unknown;
/** The declared error responses of `getStatus498`, by status: narrowing on `status` narrows `body`. */
export type GetStatus498Error = {
    readonly status: 498;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 498> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/499
 */
export type GetStatus499Parameters = {
    [key: string]: never;
};
/**
 * Returns a "499 Client Error"
 */
export type GetStatus499RequestBody = never;
/**
 * Returns a "499 Client Error"
 */
export type GetStatus499Response = unknown;
/** The declared error responses of `getStatus499`, by status: narrowing on `status` narrows `body`. */
export type GetStatus499Error = {
    readonly status: 499;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Exclude<Status4XX, 499> | Status5XX;
    readonly body: unknown;
};
/**
 * GET /status/500
 */
export type GetStatus500Parameters = {
    [key: string]: never;
};
/**
 * Returns a "500 Internal Server Error"
 */
export type GetStatus500RequestBody = never;
/**
 * Returns a "500 Internal Server Error"
 */
export type GetStatus500Response = unknown;
/** The declared error responses of `getStatus500`, by status: narrowing on `status` narrows `body`. */
export type GetStatus500Error = {
    readonly status: 500;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Status4XX | Exclude<Status5XX, 500>;
    readonly body: unknown;
};
/**
 * GET /status/501
 */
export type GetStatus501Parameters = {
    [key: string]: never;
};
/**
 * Returns a "501 Not Implemented"
 */
export type GetStatus501RequestBody = never;
/**
 * Returns a "501 Not Implemented"
 */
export type GetStatus501Response = unknown;
/** The declared error responses of `getStatus501`, by status: narrowing on `status` narrows `body`. */
export type GetStatus501Error = {
    readonly status: 501;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Status4XX | Exclude<Status5XX, 501>;
    readonly body: unknown;
};
/**
 * GET /status/502
 */
export type GetStatus502Parameters = {
    [key: string]: never;
};
/**
 * Returns a "502 Bad Gateway"
 */
export type GetStatus502RequestBody = never;
/**
 * Returns a "502 Bad Gateway"
 */
export type GetStatus502Response = unknown;
/** The declared error responses of `getStatus502`, by status: narrowing on `status` narrows `body`. */
export type GetStatus502Error = {
    readonly status: 502;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Status4XX | Exclude<Status5XX, 502>;
    readonly body: unknown;
};
/**
 * GET /status/503
 */
export type GetStatus503Parameters = {
    [key: string]: never;
};
/**
 * Returns a "503 Service Unavailable"
 */
export type GetStatus503RequestBody = never;
/**
 * Returns a "503 Service Unavailable"
 */
export type GetStatus503Response = unknown;
/** The declared error responses of `getStatus503`, by status: narrowing on `status` narrows `body`. */
export type GetStatus503Error = {
    readonly status: 503;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Status4XX | Exclude<Status5XX, 503>;
    readonly body: unknown;
};
/**
 * GET /status/504
 */
export type GetStatus504Parameters = {
    [key: string]: never;
};
/**
 * Returns a "504 Gateway Timeout"
 */
export type GetStatus504RequestBody = never;
/**
 * Returns a "504 Gateway Timeout"
 */
export type GetStatus504Response = unknown;
/** The declared error responses of `getStatus504`, by status: narrowing on `status` narrows `body`. */
export type GetStatus504Error = {
    readonly status: 504;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Status4XX | Exclude<Status5XX, 504>;
    readonly body: unknown;
};
/**
 * GET /status/505
 */
export type GetStatus505Parameters = {
    [key: string]: never;
};
/**
 * Returns a "505 HTTP Version Not Supported"
 */
export type GetStatus505RequestBody = never;
/**
 * Returns a "505 HTTP Version Not Supported"
 */
export type GetStatus505Response = unknown;
/** The declared error responses of `getStatus505`, by status: narrowing on `status` narrows `body`. */
export type GetStatus505Error = {
    readonly status: 505;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Status4XX | Exclude<Status5XX, 505>;
    readonly body: unknown;
};
/**
 * GET /status/506
 */
export type GetStatus506Parameters = {
    [key: string]: never;
};
/**
 * Returns a "506 Variant Also Negotiates"
 */
export type GetStatus506RequestBody = never;
/**
 * Returns a "506 Variant Also Negotiates"
 */
export type GetStatus506Response = unknown;
/** The declared error responses of `getStatus506`, by status: narrowing on `status` narrows `body`. */
export type GetStatus506Error = {
    readonly status: 506;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Status4XX | Exclude<Status5XX, 506>;
    readonly body: unknown;
};
/**
 * GET /status/507
 */
export type GetStatus507Parameters = {
    [key: string]: never;
};
/**
 * Returns a "507 Insufficient Storage"
 */
export type GetStatus507RequestBody = never;
/**
 * Returns a "507 Insufficient Storage"
 */
export type GetStatus507Response = unknown;
/** The declared error responses of `getStatus507`, by status: narrowing on `status` narrows `body`. */
export type GetStatus507Error = {
    readonly status: 507;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Status4XX | Exclude<Status5XX, 507>;
    readonly body: unknown;
};
/**
 * GET /status/508
 */
export type GetStatus508Parameters = {
    [key: string]: never;
};
/**
 * Returns a "508 Loop Detected"
 */
export type GetStatus508RequestBody = never;
/**
 * Returns a "508 Loop Detected"
 */
export type GetStatus508Response = unknown;
/** The declared error responses of `getStatus508`, by status: narrowing on `status` narrows `body`. */
export type GetStatus508Error = {
    readonly status: 508;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Status4XX | Exclude<Status5XX, 508>;
    readonly body: unknown;
};
/**
 * GET /status/509
 */
export type GetStatus509Parameters = {
    [key: string]: never;
};
/**
 * Returns a "508 Bandwidth Limit Exceeded"
 */
export type GetStatus509RequestBody = never;
/**
 * Returns a "508 Bandwidth Limit Exceeded"
 */
export type GetStatus509Response = unknown;
/** The declared error responses of `getStatus509`, by status: narrowing on `status` narrows `body`. */
export type GetStatus509Error = {
    readonly status: 509;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Status4XX | Exclude<Status5XX, 509>;
    readonly body: unknown;
};
/**
 * GET /status/510
 */
export type GetStatus510Parameters = {
    [key: string]: never;
};
/**
 * Returns a "510 Not Extended"
 */
export type GetStatus510RequestBody = never;
/**
 * Returns a "510 Not Extended"
 */
export type GetStatus510Response = unknown;
/** The declared error responses of `getStatus510`, by status: narrowing on `status` narrows `body`. */
export type GetStatus510Error = {
    readonly status: 510;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Status4XX | Exclude<Status5XX, 510>;
    readonly body: unknown;
};
/**
 * GET /status/511
 */
export type GetStatus511Parameters = {
    [key: string]: never;
};
/**
 * Returns a "511 Network Authentication Required"
 */
export type GetStatus511RequestBody = never;
/**
 * Returns a "511 Network Authentication Required"
 */
export type GetStatus511Response = unknown;
/** The declared error responses of `getStatus511`, by status: narrowing on `status` narrows `body`. */
export type GetStatus511Error = {
    readonly status: 511;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Status4XX | Exclude<Status5XX, 511>;
    readonly body: unknown;
};
/**
 * GET /status/512
 */
export type GetStatus512Parameters = {
    [key: string]: never;
};
/**
 * Returns a "512 Web Server Is Down"
 */
export type GetStatus512RequestBody = never;
/**
 * Returns a "512 Web Server Is Down"
 */
export type GetStatus512Response = unknown;
/** The declared error responses of `getStatus512`, by status: narrowing on `status` narrows `body`. */
export type GetStatus512Error = {
    readonly status: 521;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Status4XX | Exclude<Status5XX, 521>;
    readonly body: unknown;
};
/**
 * GET /status/520
 */
export type GetStatus520Parameters = {
    [key: string]: never;
};
/**
 * Returns a "520 Web Server Returned an Unknown Error"
 */
export type GetStatus520RequestBody = never;
/**
 * Returns a "520 Web Server Returned an Unknown Error"
 */
export type GetStatus520Response = unknown;
/** The declared error responses of `getStatus520`, by status: narrowing on `status` narrows `body`. */
export type GetStatus520Error = {
    readonly status: 520;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Status4XX | Exclude<Status5XX, 520>;
    readonly body: unknown;
};
/**
 * GET /status/522
 */
export type GetStatus522Parameters = {
    [key: string]: never;
};
/**
 * Returns a "522 Connection Timed Out"
 */
export type GetStatus522RequestBody = never;
/**
 * Returns a "522 Connection Timed Out"
 */
export type GetStatus522Response = unknown;
/** The declared error responses of `getStatus522`, by status: narrowing on `status` narrows `body`. */
export type GetStatus522Error = {
    readonly status: 522;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Status4XX | Exclude<Status5XX, 522>;
    readonly body: unknown;
};
/**
 * GET /status/523
 */
export type GetStatus523Parameters = {
    [key: string]: never;
};
/**
 * Returns a "523 Origin Is Unreachable"
 */
export type GetStatus523RequestBody = never;
/**
 * Returns a "523 Origin Is Unreachable"
 */
export type GetStatus523Response = unknown;
/** The declared error responses of `getStatus523`, by status: narrowing on `status` narrows `body`. */
export type GetStatus523Error = {
    readonly status: 523;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Status4XX | Exclude<Status5XX, 523>;
    readonly body: unknown;
};
/**
 * GET /status/524
 */
export type GetStatus524Parameters = {
    [key: string]: never;
};
/**
 * Returns a "524 A Timeout Occurred"
 */
export type GetStatus524RequestBody = never;
/**
 * Returns a "524 A Timeout Occurred"
 */
export type GetStatus524Response = unknown;
/** The declared error responses of `getStatus524`, by status: narrowing on `status` narrows `body`. */
export type GetStatus524Error = {
    readonly status: 524;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Status4XX | Exclude<Status5XX, 524>;
    readonly body: unknown;
};
/**
 * GET /status/525
 */
export type GetStatus525Parameters = {
    [key: string]: never;
};
/**
 * Returns a "525 SSL Handshake Failed"
 */
export type GetStatus525RequestBody = never;
/**
 * Returns a "525 SSL Handshake Failed"
 */
export type GetStatus525Response = unknown;
/** The declared error responses of `getStatus525`, by status: narrowing on `status` narrows `body`. */
export type GetStatus525Error = {
    readonly status: 525;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Status4XX | Exclude<Status5XX, 525>;
    readonly body: unknown;
};
/**
 * GET /status/526
 */
export type GetStatus526Parameters = {
    [key: string]: never;
};
/**
 * Returns a "526 Invalid SSL Certificate"
 */
export type GetStatus526RequestBody = never;
/**
 * Returns a "526 Invalid SSL Certificate"
 */
export type GetStatus526Response = unknown;
/** The declared error responses of `getStatus526`, by status: narrowing on `status` narrows `body`. */
export type GetStatus526Error = {
    readonly status: 526;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Status4XX | Exclude<Status5XX, 526>;
    readonly body: unknown;
};
/**
 * GET /status/527
 */
export type GetStatus527Parameters = {
    [key: string]: never;
};
/**
 * Returns a "527 Railgun Error"
 */
export type GetStatus527RequestBody = never;
/**
 * Returns a "527 Railgun Error"
 */
export type GetStatus527Response = unknown;
/** The declared error responses of `getStatus527`, by status: narrowing on `status` narrows `body`. */
export type GetStatus527Error = {
    readonly status: 527;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Status4XX | Exclude<Status5XX, 527>;
    readonly body: unknown;
};
/**
 * GET /status/529
 */
export type GetStatus529Parameters = {
    [key: string]: never;
};
/**
 * Returns a "529 Site is Overloaded"
 */
export type GetStatus529RequestBody = never;
/**
 * Returns a "529 Site is Overloaded"
 */
export type GetStatus529Response = unknown;
/** The declared error responses of `getStatus529`, by status: narrowing on `status` narrows `body`. */
export type GetStatus529Error = {
    readonly status: 529;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Status4XX | Exclude<Status5XX, 529>;
    readonly body: unknown;
};
/**
 * GET /status/530
 */
export type GetStatus530Parameters = {
    [key: string]: never;
};
/**
 * Returns a "530 Site is Frozen"
 */
export type GetStatus530RequestBody = never;
/**
 * Returns a "530 Site is Frozen"
 */
export type GetStatus530Response = unknown;
/** The declared error responses of `getStatus530`, by status: narrowing on `status` narrows `body`. */
export type GetStatus530Error = {
    readonly status: 530;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Status4XX | Exclude<Status5XX, 530>;
    readonly body: unknown;
};
/**
 * GET /status/598
 */
export type GetStatus598Parameters = {
    [key: string]: never;
};
/**
 * Returns a "598 Network Read Timeout Error"
 */
export type GetStatus598RequestBody = never;
/**
 * Returns a "598 Network Read Timeout Error"
 */
export type GetStatus598Response = unknown;
/** The declared error responses of `getStatus598`, by status: narrowing on `status` narrows `body`. */
export type GetStatus598Error = {
    readonly status: 598;
    readonly body: unknown;
} | {
    readonly status: Status3XX | Status4XX | Exclude<Status5XX, 598>;
    readonly body: unknown;
};
