import type * as T from './types.js';
import * as V from './validators.js';
import { permissions } from './permissions.js';
import {
  buildRequest,
  type BuildOptions,
  type BuiltRequest,
  type OperationSpec,
} from './runtime/request.js';
import { createTransport, type ClientOptions, type RequestOptions } from './runtime/transport.js';
import type { BasicCredentials, Secret } from './runtime/credentials.js';
import type { BinaryBody, BinaryResponse } from './runtime/body.js';
import {
  ApiError as RuntimeApiError,
  type ApiErrorDetails,
  type ApiErrorOf,
  type ApiResult,
  type ErrorShape,
} from './runtime/errors.js';
import { readResult, type ReadResultOptions } from './runtime/result.js';
export {
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
} from './runtime/errors.js';
export type {
  ApiErrorDetails,
  ApiErrorOf,
  ApiResult,
  ErrorShape,
  RequestSummary,
  RequestValueLocation,
} from './runtime/errors.js';
export type { ReadResultOptions } from './runtime/result.js';
export type { BuildOptions, BuiltRequest } from './runtime/request.js';
export type { RetryOptions } from './runtime/retry.js';
export type {
  ClientOptions,
  FetchLike,
  RequestOptions,
  TokenRequest,
  TokenSource,
} from './runtime/transport.js';
export type { BasicCredentials, CredentialValues, Secret } from './runtime/credentials.js';
export type { BinaryBody, BinaryResponse } from './runtime/body.js';

/** The declared error responses of every operation, by status. */
export type OperationError =
  | T.GetAnimalError
  | T.GetAnimalSearchError
  | T.PostAnimalSearchError
  | T.GetAstronomicalObjectError
  | T.GetAstronomicalObjectSearchError
  | T.PostAstronomicalObjectSearchError
  | T.GetBookError
  | T.GetBookSearchError
  | T.PostBookSearchError
  | T.GetBookCollectionError
  | T.GetBookCollectionSearchError
  | T.PostBookCollectionSearchError
  | T.GetBookSeriesError
  | T.GetBookSeriesSearchError
  | T.PostBookSeriesSearchError
  | T.GetCharacterError
  | T.GetCharacterSearchError
  | T.PostCharacterSearchError
  | T.GetComicCollectionError
  | T.GetComicCollectionSearchError
  | T.PostComicCollectionSearchError
  | T.GetComicSeriesError
  | T.GetComicSeriesSearchError
  | T.PostComicSeriesSearchError
  | T.GetComicStripError
  | T.GetComicStripSearchError
  | T.PostComicStripSearchError
  | T.GetComicsError
  | T.GetComicsSearchError
  | T.PostComicsSearchError
  | T.GetCompanyError
  | T.GetCompanySearchError
  | T.PostCompanySearchError
  | T.GetConflictError
  | T.GetConflictSearchError
  | T.PostConflictSearchError
  | T.GetElementError
  | T.GetElementSearchError
  | T.PostElementSearchError
  | T.GetEpisodeError
  | T.GetEpisodeSearchError
  | T.PostEpisodeSearchError
  | T.GetFoodError
  | T.GetFoodSearchError
  | T.PostFoodSearchError
  | T.GetLiteratureError
  | T.GetLiteratureSearchError
  | T.PostLiteratureSearchError
  | T.GetLocationError
  | T.GetLocationSearchError
  | T.PostLocationSearchError
  | T.GetMagazineError
  | T.GetMagazineSearchError
  | T.PostMagazineSearchError
  | T.GetMagazineSeriesError
  | T.GetMagazineSeriesSearchError
  | T.PostMagazineSeriesSearchError
  | T.GetMaterialError
  | T.GetMaterialSearchError
  | T.PostMaterialSearchError
  | T.GetMedicalConditionError
  | T.GetMedicalConditionSearchError
  | T.PostMedicalConditionSearchError
  | T.GetMovieError
  | T.GetMovieSearchError
  | T.PostMovieSearchError
  | T.GetOccupationError
  | T.GetOccupationSearchError
  | T.PostOccupationSearchError
  | T.GetOrganizationError
  | T.GetOrganizationSearchError
  | T.PostOrganizationSearchError
  | T.GetPerformerError
  | T.GetPerformerSearchError
  | T.PostPerformerSearchError
  | T.GetSeasonError
  | T.GetSeasonSearchError
  | T.PostSeasonSearchError
  | T.GetSeriesError
  | T.GetSeriesSearchError
  | T.PostSeriesSearchError
  | T.GetSoundtrackError
  | T.GetSoundtrackSearchError
  | T.PostSoundtrackSearchError
  | T.GetSpacecraftError
  | T.GetSpacecraftSearchError
  | T.PostSpacecraftSearchError
  | T.GetSpacecraftClassError
  | T.GetSpacecraftClassSearchError
  | T.PostSpacecraftClassSearchError
  | T.GetSpeciesError
  | T.GetSpeciesSearchError
  | T.PostSpeciesSearchError
  | T.GetStaffError
  | T.GetStaffSearchError
  | T.PostStaffSearchError
  | T.GetTechnologyError
  | T.GetTechnologySearchError
  | T.PostTechnologySearchError
  | T.GetTitleError
  | T.GetTitleSearchError
  | T.PostTitleSearchError
  | T.GetTradingCardError
  | T.GetTradingCardSearchError
  | T.PostTradingCardSearchError
  | T.GetTradingCardDeckError
  | T.GetTradingCardDeckSearchError
  | T.PostTradingCardDeckSearchError
  | T.GetTradingCardSetError
  | T.GetTradingCardSetSearchError
  | T.PostTradingCardSetSearchError
  | T.GetVideoGameError
  | T.GetVideoGameSearchError
  | T.PostVideoGameSearchError
  | T.GetVideoReleaseError
  | T.GetVideoReleaseSearchError
  | T.PostVideoReleaseSearchError
  | T.GetWeaponError
  | T.GetWeaponSearchError
  | T.PostWeaponSearchError;

/**
 * An error response (non-2xx). `ApiError<T.UpdateUserError>` is a union by status, so checking
 * `error.status` narrows `error.body` to what the operation declares for it; plain `ApiError` is
 * any operation's.
 */
export type ApiError<E extends ErrorShape = OperationError> = ApiErrorOf<E>;

/** The `ApiError` class: `e instanceof ApiError` narrows `e` to an error of one of the operations. */
export interface ApiErrorClass {
  new (message: string, details: ApiErrorDetails<OperationError>): ApiErrorOf<OperationError>;
  readonly prototype: ApiErrorOf<OperationError>;
}

export declare const ApiError: ApiErrorClass;

/**
 * `GET /animal`
 */
export declare function buildGetAnimalRequest(parameters: T.GetAnimalParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetAnimalRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetAnimalResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetAnimalResponse, T.GetAnimalError>>;

/**
 * `GET /animal/search`
 */
export declare function buildGetAnimalSearchRequest(parameters?: T.GetAnimalSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetAnimalSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetAnimalSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetAnimalSearchResponse, T.GetAnimalSearchError>>;

/**
 * `POST /animal/search`
 */
export declare function buildPostAnimalSearchRequest(parameters?: T.PostAnimalSearchParameters, body?: T.PostAnimalSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostAnimalSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostAnimalSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostAnimalSearchResponse, T.PostAnimalSearchError>>;

/**
 * `GET /astronomicalObject`
 */
export declare function buildGetAstronomicalObjectRequest(parameters: T.GetAstronomicalObjectParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetAstronomicalObjectRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetAstronomicalObjectResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetAstronomicalObjectResponse, T.GetAstronomicalObjectError>>;

/**
 * `GET /astronomicalObject/search`
 */
export declare function buildGetAstronomicalObjectSearchRequest(parameters?: T.GetAstronomicalObjectSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetAstronomicalObjectSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetAstronomicalObjectSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetAstronomicalObjectSearchResponse, T.GetAstronomicalObjectSearchError>>;

/**
 * `POST /astronomicalObject/search`
 */
export declare function buildPostAstronomicalObjectSearchRequest(parameters?: T.PostAstronomicalObjectSearchParameters, body?: T.PostAstronomicalObjectSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostAstronomicalObjectSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostAstronomicalObjectSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostAstronomicalObjectSearchResponse, T.PostAstronomicalObjectSearchError>>;

/**
 * `GET /book`
 */
export declare function buildGetBookRequest(parameters: T.GetBookParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetBookRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetBookResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetBookResponse, T.GetBookError>>;

/**
 * `GET /book/search`
 */
export declare function buildGetBookSearchRequest(parameters?: T.GetBookSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetBookSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetBookSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetBookSearchResponse, T.GetBookSearchError>>;

/**
 * `POST /book/search`
 */
export declare function buildPostBookSearchRequest(parameters?: T.PostBookSearchParameters, body?: T.PostBookSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostBookSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostBookSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostBookSearchResponse, T.PostBookSearchError>>;

/**
 * `GET /bookCollection`
 */
export declare function buildGetBookCollectionRequest(parameters: T.GetBookCollectionParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetBookCollectionRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetBookCollectionResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetBookCollectionResponse, T.GetBookCollectionError>>;

/**
 * `GET /bookCollection/search`
 */
export declare function buildGetBookCollectionSearchRequest(parameters?: T.GetBookCollectionSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetBookCollectionSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetBookCollectionSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetBookCollectionSearchResponse, T.GetBookCollectionSearchError>>;

/**
 * `POST /bookCollection/search`
 */
export declare function buildPostBookCollectionSearchRequest(parameters?: T.PostBookCollectionSearchParameters, body?: T.PostBookCollectionSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostBookCollectionSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostBookCollectionSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostBookCollectionSearchResponse, T.PostBookCollectionSearchError>>;

/**
 * `GET /bookSeries`
 */
export declare function buildGetBookSeriesRequest(parameters: T.GetBookSeriesParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetBookSeriesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetBookSeriesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetBookSeriesResponse, T.GetBookSeriesError>>;

/**
 * `GET /bookSeries/search`
 */
export declare function buildGetBookSeriesSearchRequest(parameters?: T.GetBookSeriesSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetBookSeriesSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetBookSeriesSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetBookSeriesSearchResponse, T.GetBookSeriesSearchError>>;

/**
 * `POST /bookSeries/search`
 */
export declare function buildPostBookSeriesSearchRequest(parameters?: T.PostBookSeriesSearchParameters, body?: T.PostBookSeriesSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostBookSeriesSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostBookSeriesSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostBookSeriesSearchResponse, T.PostBookSeriesSearchError>>;

/**
 * `GET /character`
 */
export declare function buildGetCharacterRequest(parameters: T.GetCharacterParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetCharacterRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetCharacterResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetCharacterResponse, T.GetCharacterError>>;

/**
 * `GET /character/search`
 */
export declare function buildGetCharacterSearchRequest(parameters?: T.GetCharacterSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetCharacterSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetCharacterSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetCharacterSearchResponse, T.GetCharacterSearchError>>;

/**
 * `POST /character/search`
 */
export declare function buildPostCharacterSearchRequest(parameters?: T.PostCharacterSearchParameters, body?: T.PostCharacterSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostCharacterSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostCharacterSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostCharacterSearchResponse, T.PostCharacterSearchError>>;

/**
 * `GET /comicCollection`
 */
export declare function buildGetComicCollectionRequest(parameters: T.GetComicCollectionParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetComicCollectionRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetComicCollectionResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetComicCollectionResponse, T.GetComicCollectionError>>;

/**
 * `GET /comicCollection/search`
 */
export declare function buildGetComicCollectionSearchRequest(parameters?: T.GetComicCollectionSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetComicCollectionSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetComicCollectionSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetComicCollectionSearchResponse, T.GetComicCollectionSearchError>>;

/**
 * `POST /comicCollection/search`
 */
export declare function buildPostComicCollectionSearchRequest(parameters?: T.PostComicCollectionSearchParameters, body?: T.PostComicCollectionSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostComicCollectionSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostComicCollectionSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostComicCollectionSearchResponse, T.PostComicCollectionSearchError>>;

/**
 * `GET /comicSeries`
 */
export declare function buildGetComicSeriesRequest(parameters: T.GetComicSeriesParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetComicSeriesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetComicSeriesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetComicSeriesResponse, T.GetComicSeriesError>>;

/**
 * `GET /comicSeries/search`
 */
export declare function buildGetComicSeriesSearchRequest(parameters?: T.GetComicSeriesSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetComicSeriesSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetComicSeriesSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetComicSeriesSearchResponse, T.GetComicSeriesSearchError>>;

/**
 * `POST /comicSeries/search`
 */
export declare function buildPostComicSeriesSearchRequest(parameters?: T.PostComicSeriesSearchParameters, body?: T.PostComicSeriesSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostComicSeriesSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostComicSeriesSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostComicSeriesSearchResponse, T.PostComicSeriesSearchError>>;

/**
 * `GET /comicStrip`
 */
export declare function buildGetComicStripRequest(parameters: T.GetComicStripParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetComicStripRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetComicStripResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetComicStripResponse, T.GetComicStripError>>;

/**
 * `GET /comicStrip/search`
 */
export declare function buildGetComicStripSearchRequest(parameters?: T.GetComicStripSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetComicStripSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetComicStripSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetComicStripSearchResponse, T.GetComicStripSearchError>>;

/**
 * `POST /comicStrip/search`
 */
export declare function buildPostComicStripSearchRequest(parameters?: T.PostComicStripSearchParameters, body?: T.PostComicStripSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostComicStripSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostComicStripSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostComicStripSearchResponse, T.PostComicStripSearchError>>;

/**
 * `GET /comics`
 */
export declare function buildGetComicsRequest(parameters: T.GetComicsParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetComicsRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetComicsResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetComicsResponse, T.GetComicsError>>;

/**
 * `GET /comics/search`
 */
export declare function buildGetComicsSearchRequest(parameters?: T.GetComicsSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetComicsSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetComicsSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetComicsSearchResponse, T.GetComicsSearchError>>;

/**
 * `POST /comics/search`
 */
export declare function buildPostComicsSearchRequest(parameters?: T.PostComicsSearchParameters, body?: T.PostComicsSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostComicsSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostComicsSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostComicsSearchResponse, T.PostComicsSearchError>>;

/**
 * `GET /company`
 */
export declare function buildGetCompanyRequest(parameters: T.GetCompanyParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetCompanyRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetCompanyResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetCompanyResponse, T.GetCompanyError>>;

/**
 * `GET /company/search`
 */
export declare function buildGetCompanySearchRequest(parameters?: T.GetCompanySearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetCompanySearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetCompanySearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetCompanySearchResponse, T.GetCompanySearchError>>;

/**
 * `POST /company/search`
 */
export declare function buildPostCompanySearchRequest(parameters?: T.PostCompanySearchParameters, body?: T.PostCompanySearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostCompanySearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostCompanySearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostCompanySearchResponse, T.PostCompanySearchError>>;

/**
 * `GET /conflict`
 */
export declare function buildGetConflictRequest(parameters: T.GetConflictParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetConflictRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetConflictResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetConflictResponse, T.GetConflictError>>;

/**
 * `GET /conflict/search`
 */
export declare function buildGetConflictSearchRequest(parameters?: T.GetConflictSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetConflictSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetConflictSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetConflictSearchResponse, T.GetConflictSearchError>>;

/**
 * `POST /conflict/search`
 */
export declare function buildPostConflictSearchRequest(parameters?: T.PostConflictSearchParameters, body?: T.PostConflictSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostConflictSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostConflictSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostConflictSearchResponse, T.PostConflictSearchError>>;

/**
 * `GET /element`
 */
export declare function buildGetElementRequest(parameters: T.GetElementParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetElementRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetElementResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetElementResponse, T.GetElementError>>;

/**
 * `GET /element/search`
 */
export declare function buildGetElementSearchRequest(parameters?: T.GetElementSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetElementSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetElementSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetElementSearchResponse, T.GetElementSearchError>>;

/**
 * `POST /element/search`
 */
export declare function buildPostElementSearchRequest(parameters?: T.PostElementSearchParameters, body?: T.PostElementSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostElementSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostElementSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostElementSearchResponse, T.PostElementSearchError>>;

/**
 * `GET /episode`
 */
export declare function buildGetEpisodeRequest(parameters: T.GetEpisodeParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetEpisodeRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetEpisodeResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetEpisodeResponse, T.GetEpisodeError>>;

/**
 * `GET /episode/search`
 */
export declare function buildGetEpisodeSearchRequest(parameters?: T.GetEpisodeSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetEpisodeSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetEpisodeSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetEpisodeSearchResponse, T.GetEpisodeSearchError>>;

/**
 * `POST /episode/search`
 */
export declare function buildPostEpisodeSearchRequest(parameters?: T.PostEpisodeSearchParameters, body?: T.PostEpisodeSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostEpisodeSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostEpisodeSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostEpisodeSearchResponse, T.PostEpisodeSearchError>>;

/**
 * `GET /food`
 */
export declare function buildGetFoodRequest(parameters: T.GetFoodParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetFoodRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetFoodResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetFoodResponse, T.GetFoodError>>;

/**
 * `GET /food/search`
 */
export declare function buildGetFoodSearchRequest(parameters?: T.GetFoodSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetFoodSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetFoodSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetFoodSearchResponse, T.GetFoodSearchError>>;

/**
 * `POST /food/search`
 */
export declare function buildPostFoodSearchRequest(parameters?: T.PostFoodSearchParameters, body?: T.PostFoodSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostFoodSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostFoodSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostFoodSearchResponse, T.PostFoodSearchError>>;

/**
 * `GET /literature`
 */
export declare function buildGetLiteratureRequest(parameters: T.GetLiteratureParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetLiteratureRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetLiteratureResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetLiteratureResponse, T.GetLiteratureError>>;

/**
 * `GET /literature/search`
 */
export declare function buildGetLiteratureSearchRequest(parameters?: T.GetLiteratureSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetLiteratureSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetLiteratureSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetLiteratureSearchResponse, T.GetLiteratureSearchError>>;

/**
 * `POST /literature/search`
 */
export declare function buildPostLiteratureSearchRequest(parameters?: T.PostLiteratureSearchParameters, body?: T.PostLiteratureSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostLiteratureSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostLiteratureSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostLiteratureSearchResponse, T.PostLiteratureSearchError>>;

/**
 * `GET /location`
 */
export declare function buildGetLocationRequest(parameters: T.GetLocationParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetLocationRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetLocationResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetLocationResponse, T.GetLocationError>>;

/**
 * `GET /location/search`
 */
export declare function buildGetLocationSearchRequest(parameters?: T.GetLocationSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetLocationSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetLocationSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetLocationSearchResponse, T.GetLocationSearchError>>;

/**
 * `POST /location/search`
 */
export declare function buildPostLocationSearchRequest(parameters?: T.PostLocationSearchParameters, body?: T.PostLocationSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostLocationSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostLocationSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostLocationSearchResponse, T.PostLocationSearchError>>;

/**
 * `GET /magazine`
 */
export declare function buildGetMagazineRequest(parameters: T.GetMagazineParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetMagazineRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetMagazineResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetMagazineResponse, T.GetMagazineError>>;

/**
 * `GET /magazine/search`
 */
export declare function buildGetMagazineSearchRequest(parameters?: T.GetMagazineSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetMagazineSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetMagazineSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetMagazineSearchResponse, T.GetMagazineSearchError>>;

/**
 * `POST /magazine/search`
 */
export declare function buildPostMagazineSearchRequest(parameters?: T.PostMagazineSearchParameters, body?: T.PostMagazineSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostMagazineSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostMagazineSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostMagazineSearchResponse, T.PostMagazineSearchError>>;

/**
 * `GET /magazineSeries`
 */
export declare function buildGetMagazineSeriesRequest(parameters: T.GetMagazineSeriesParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetMagazineSeriesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetMagazineSeriesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetMagazineSeriesResponse, T.GetMagazineSeriesError>>;

/**
 * `GET /magazineSeries/search`
 */
export declare function buildGetMagazineSeriesSearchRequest(parameters?: T.GetMagazineSeriesSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetMagazineSeriesSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetMagazineSeriesSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetMagazineSeriesSearchResponse, T.GetMagazineSeriesSearchError>>;

/**
 * `POST /magazineSeries/search`
 */
export declare function buildPostMagazineSeriesSearchRequest(parameters?: T.PostMagazineSeriesSearchParameters, body?: T.PostMagazineSeriesSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostMagazineSeriesSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostMagazineSeriesSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostMagazineSeriesSearchResponse, T.PostMagazineSeriesSearchError>>;

/**
 * `GET /material`
 */
export declare function buildGetMaterialRequest(parameters: T.GetMaterialParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetMaterialRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetMaterialResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetMaterialResponse, T.GetMaterialError>>;

/**
 * `GET /material/search`
 */
export declare function buildGetMaterialSearchRequest(parameters?: T.GetMaterialSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetMaterialSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetMaterialSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetMaterialSearchResponse, T.GetMaterialSearchError>>;

/**
 * `POST /material/search`
 */
export declare function buildPostMaterialSearchRequest(parameters?: T.PostMaterialSearchParameters, body?: T.PostMaterialSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostMaterialSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostMaterialSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostMaterialSearchResponse, T.PostMaterialSearchError>>;

/**
 * `GET /medicalCondition`
 */
export declare function buildGetMedicalConditionRequest(parameters: T.GetMedicalConditionParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetMedicalConditionRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetMedicalConditionResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetMedicalConditionResponse, T.GetMedicalConditionError>>;

/**
 * `GET /medicalCondition/search`
 */
export declare function buildGetMedicalConditionSearchRequest(parameters?: T.GetMedicalConditionSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetMedicalConditionSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetMedicalConditionSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetMedicalConditionSearchResponse, T.GetMedicalConditionSearchError>>;

/**
 * `POST /medicalCondition/search`
 */
export declare function buildPostMedicalConditionSearchRequest(parameters?: T.PostMedicalConditionSearchParameters, body?: T.PostMedicalConditionSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostMedicalConditionSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostMedicalConditionSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostMedicalConditionSearchResponse, T.PostMedicalConditionSearchError>>;

/**
 * `GET /movie`
 */
export declare function buildGetMovieRequest(parameters: T.GetMovieParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetMovieRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetMovieResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetMovieResponse, T.GetMovieError>>;

/**
 * `GET /movie/search`
 */
export declare function buildGetMovieSearchRequest(parameters?: T.GetMovieSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetMovieSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetMovieSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetMovieSearchResponse, T.GetMovieSearchError>>;

/**
 * `POST /movie/search`
 */
export declare function buildPostMovieSearchRequest(parameters?: T.PostMovieSearchParameters, body?: T.PostMovieSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostMovieSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostMovieSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostMovieSearchResponse, T.PostMovieSearchError>>;

/**
 * `GET /occupation`
 */
export declare function buildGetOccupationRequest(parameters: T.GetOccupationParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetOccupationRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetOccupationResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetOccupationResponse, T.GetOccupationError>>;

/**
 * `GET /occupation/search`
 */
export declare function buildGetOccupationSearchRequest(parameters?: T.GetOccupationSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetOccupationSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetOccupationSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetOccupationSearchResponse, T.GetOccupationSearchError>>;

/**
 * `POST /occupation/search`
 */
export declare function buildPostOccupationSearchRequest(parameters?: T.PostOccupationSearchParameters, body?: T.PostOccupationSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostOccupationSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostOccupationSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostOccupationSearchResponse, T.PostOccupationSearchError>>;

/**
 * `GET /organization`
 */
export declare function buildGetOrganizationRequest(parameters: T.GetOrganizationParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetOrganizationRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetOrganizationResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetOrganizationResponse, T.GetOrganizationError>>;

/**
 * `GET /organization/search`
 */
export declare function buildGetOrganizationSearchRequest(parameters?: T.GetOrganizationSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetOrganizationSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetOrganizationSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetOrganizationSearchResponse, T.GetOrganizationSearchError>>;

/**
 * `POST /organization/search`
 */
export declare function buildPostOrganizationSearchRequest(parameters?: T.PostOrganizationSearchParameters, body?: T.PostOrganizationSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostOrganizationSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostOrganizationSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostOrganizationSearchResponse, T.PostOrganizationSearchError>>;

/**
 * `GET /performer`
 */
export declare function buildGetPerformerRequest(parameters: T.GetPerformerParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetPerformerRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetPerformerResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetPerformerResponse, T.GetPerformerError>>;

/**
 * `GET /performer/search`
 */
export declare function buildGetPerformerSearchRequest(parameters?: T.GetPerformerSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetPerformerSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetPerformerSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetPerformerSearchResponse, T.GetPerformerSearchError>>;

/**
 * `POST /performer/search`
 */
export declare function buildPostPerformerSearchRequest(parameters?: T.PostPerformerSearchParameters, body?: T.PostPerformerSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostPerformerSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostPerformerSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostPerformerSearchResponse, T.PostPerformerSearchError>>;

/**
 * `GET /season`
 */
export declare function buildGetSeasonRequest(parameters: T.GetSeasonParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetSeasonRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetSeasonResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetSeasonResponse, T.GetSeasonError>>;

/**
 * `GET /season/search`
 */
export declare function buildGetSeasonSearchRequest(parameters?: T.GetSeasonSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetSeasonSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetSeasonSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetSeasonSearchResponse, T.GetSeasonSearchError>>;

/**
 * `POST /season/search`
 */
export declare function buildPostSeasonSearchRequest(parameters?: T.PostSeasonSearchParameters, body?: T.PostSeasonSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostSeasonSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostSeasonSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostSeasonSearchResponse, T.PostSeasonSearchError>>;

/**
 * `GET /series`
 */
export declare function buildGetSeriesRequest(parameters: T.GetSeriesParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetSeriesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetSeriesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetSeriesResponse, T.GetSeriesError>>;

/**
 * `GET /series/search`
 */
export declare function buildGetSeriesSearchRequest(parameters?: T.GetSeriesSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetSeriesSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetSeriesSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetSeriesSearchResponse, T.GetSeriesSearchError>>;

/**
 * `POST /series/search`
 */
export declare function buildPostSeriesSearchRequest(parameters?: T.PostSeriesSearchParameters, body?: T.PostSeriesSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostSeriesSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostSeriesSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostSeriesSearchResponse, T.PostSeriesSearchError>>;

/**
 * `GET /soundtrack`
 */
export declare function buildGetSoundtrackRequest(parameters: T.GetSoundtrackParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetSoundtrackRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetSoundtrackResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetSoundtrackResponse, T.GetSoundtrackError>>;

/**
 * `GET /soundtrack/search`
 */
export declare function buildGetSoundtrackSearchRequest(parameters?: T.GetSoundtrackSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetSoundtrackSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetSoundtrackSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetSoundtrackSearchResponse, T.GetSoundtrackSearchError>>;

/**
 * `POST /soundtrack/search`
 */
export declare function buildPostSoundtrackSearchRequest(parameters?: T.PostSoundtrackSearchParameters, body?: T.PostSoundtrackSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostSoundtrackSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostSoundtrackSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostSoundtrackSearchResponse, T.PostSoundtrackSearchError>>;

/**
 * `GET /spacecraft`
 */
export declare function buildGetSpacecraftRequest(parameters: T.GetSpacecraftParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetSpacecraftRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetSpacecraftResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetSpacecraftResponse, T.GetSpacecraftError>>;

/**
 * `GET /spacecraft/search`
 */
export declare function buildGetSpacecraftSearchRequest(parameters?: T.GetSpacecraftSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetSpacecraftSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetSpacecraftSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetSpacecraftSearchResponse, T.GetSpacecraftSearchError>>;

/**
 * `POST /spacecraft/search`
 */
export declare function buildPostSpacecraftSearchRequest(parameters?: T.PostSpacecraftSearchParameters, body?: T.PostSpacecraftSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostSpacecraftSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostSpacecraftSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostSpacecraftSearchResponse, T.PostSpacecraftSearchError>>;

/**
 * `GET /spacecraftClass`
 */
export declare function buildGetSpacecraftClassRequest(parameters: T.GetSpacecraftClassParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetSpacecraftClassRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetSpacecraftClassResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetSpacecraftClassResponse, T.GetSpacecraftClassError>>;

/**
 * `GET /spacecraftClass/search`
 */
export declare function buildGetSpacecraftClassSearchRequest(parameters?: T.GetSpacecraftClassSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetSpacecraftClassSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetSpacecraftClassSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetSpacecraftClassSearchResponse, T.GetSpacecraftClassSearchError>>;

/**
 * `POST /spacecraftClass/search`
 */
export declare function buildPostSpacecraftClassSearchRequest(parameters?: T.PostSpacecraftClassSearchParameters, body?: T.PostSpacecraftClassSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostSpacecraftClassSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostSpacecraftClassSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostSpacecraftClassSearchResponse, T.PostSpacecraftClassSearchError>>;

/**
 * `GET /species`
 */
export declare function buildGetSpeciesRequest(parameters: T.GetSpeciesParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetSpeciesRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetSpeciesResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetSpeciesResponse, T.GetSpeciesError>>;

/**
 * `GET /species/search`
 */
export declare function buildGetSpeciesSearchRequest(parameters?: T.GetSpeciesSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetSpeciesSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetSpeciesSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetSpeciesSearchResponse, T.GetSpeciesSearchError>>;

/**
 * `POST /species/search`
 */
export declare function buildPostSpeciesSearchRequest(parameters?: T.PostSpeciesSearchParameters, body?: T.PostSpeciesSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostSpeciesSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostSpeciesSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostSpeciesSearchResponse, T.PostSpeciesSearchError>>;

/**
 * `GET /staff`
 */
export declare function buildGetStaffRequest(parameters: T.GetStaffParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStaffRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStaffResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStaffResponse, T.GetStaffError>>;

/**
 * `GET /staff/search`
 */
export declare function buildGetStaffSearchRequest(parameters?: T.GetStaffSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetStaffSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetStaffSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetStaffSearchResponse, T.GetStaffSearchError>>;

/**
 * `POST /staff/search`
 */
export declare function buildPostStaffSearchRequest(parameters?: T.PostStaffSearchParameters, body?: T.PostStaffSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostStaffSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostStaffSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostStaffSearchResponse, T.PostStaffSearchError>>;

/**
 * `GET /technology`
 */
export declare function buildGetTechnologyRequest(parameters: T.GetTechnologyParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetTechnologyRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetTechnologyResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetTechnologyResponse, T.GetTechnologyError>>;

/**
 * `GET /technology/search`
 */
export declare function buildGetTechnologySearchRequest(parameters?: T.GetTechnologySearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetTechnologySearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetTechnologySearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetTechnologySearchResponse, T.GetTechnologySearchError>>;

/**
 * `POST /technology/search`
 */
export declare function buildPostTechnologySearchRequest(parameters?: T.PostTechnologySearchParameters, body?: T.PostTechnologySearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostTechnologySearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostTechnologySearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostTechnologySearchResponse, T.PostTechnologySearchError>>;

/**
 * `GET /title`
 */
export declare function buildGetTitleRequest(parameters: T.GetTitleParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetTitleRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetTitleResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetTitleResponse, T.GetTitleError>>;

/**
 * `GET /title/search`
 */
export declare function buildGetTitleSearchRequest(parameters?: T.GetTitleSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetTitleSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetTitleSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetTitleSearchResponse, T.GetTitleSearchError>>;

/**
 * `POST /title/search`
 */
export declare function buildPostTitleSearchRequest(parameters?: T.PostTitleSearchParameters, body?: T.PostTitleSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostTitleSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostTitleSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostTitleSearchResponse, T.PostTitleSearchError>>;

/**
 * `GET /tradingCard`
 */
export declare function buildGetTradingCardRequest(parameters: T.GetTradingCardParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetTradingCardRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetTradingCardResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetTradingCardResponse, T.GetTradingCardError>>;

/**
 * `GET /tradingCard/search`
 */
export declare function buildGetTradingCardSearchRequest(parameters?: T.GetTradingCardSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetTradingCardSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetTradingCardSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetTradingCardSearchResponse, T.GetTradingCardSearchError>>;

/**
 * `POST /tradingCard/search`
 */
export declare function buildPostTradingCardSearchRequest(parameters?: T.PostTradingCardSearchParameters, body?: T.PostTradingCardSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostTradingCardSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostTradingCardSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostTradingCardSearchResponse, T.PostTradingCardSearchError>>;

/**
 * `GET /tradingCardDeck`
 */
export declare function buildGetTradingCardDeckRequest(parameters: T.GetTradingCardDeckParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetTradingCardDeckRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetTradingCardDeckResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetTradingCardDeckResponse, T.GetTradingCardDeckError>>;

/**
 * `GET /tradingCardDeck/search`
 */
export declare function buildGetTradingCardDeckSearchRequest(parameters?: T.GetTradingCardDeckSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetTradingCardDeckSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetTradingCardDeckSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetTradingCardDeckSearchResponse, T.GetTradingCardDeckSearchError>>;

/**
 * `POST /tradingCardDeck/search`
 */
export declare function buildPostTradingCardDeckSearchRequest(parameters?: T.PostTradingCardDeckSearchParameters, body?: T.PostTradingCardDeckSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostTradingCardDeckSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostTradingCardDeckSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostTradingCardDeckSearchResponse, T.PostTradingCardDeckSearchError>>;

/**
 * `GET /tradingCardSet`
 */
export declare function buildGetTradingCardSetRequest(parameters: T.GetTradingCardSetParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetTradingCardSetRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetTradingCardSetResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetTradingCardSetResponse, T.GetTradingCardSetError>>;

/**
 * `GET /tradingCardSet/search`
 */
export declare function buildGetTradingCardSetSearchRequest(parameters?: T.GetTradingCardSetSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetTradingCardSetSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetTradingCardSetSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetTradingCardSetSearchResponse, T.GetTradingCardSetSearchError>>;

/**
 * `POST /tradingCardSet/search`
 */
export declare function buildPostTradingCardSetSearchRequest(parameters?: T.PostTradingCardSetSearchParameters, body?: T.PostTradingCardSetSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostTradingCardSetSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostTradingCardSetSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostTradingCardSetSearchResponse, T.PostTradingCardSetSearchError>>;

/**
 * `GET /videoGame`
 */
export declare function buildGetVideoGameRequest(parameters: T.GetVideoGameParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetVideoGameRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetVideoGameResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetVideoGameResponse, T.GetVideoGameError>>;

/**
 * `GET /videoGame/search`
 */
export declare function buildGetVideoGameSearchRequest(parameters?: T.GetVideoGameSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetVideoGameSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetVideoGameSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetVideoGameSearchResponse, T.GetVideoGameSearchError>>;

/**
 * `POST /videoGame/search`
 */
export declare function buildPostVideoGameSearchRequest(parameters?: T.PostVideoGameSearchParameters, body?: T.PostVideoGameSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostVideoGameSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostVideoGameSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostVideoGameSearchResponse, T.PostVideoGameSearchError>>;

/**
 * `GET /videoRelease`
 */
export declare function buildGetVideoReleaseRequest(parameters: T.GetVideoReleaseParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetVideoReleaseRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetVideoReleaseResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetVideoReleaseResponse, T.GetVideoReleaseError>>;

/**
 * `GET /videoRelease/search`
 */
export declare function buildGetVideoReleaseSearchRequest(parameters?: T.GetVideoReleaseSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetVideoReleaseSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetVideoReleaseSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetVideoReleaseSearchResponse, T.GetVideoReleaseSearchError>>;

/**
 * `POST /videoRelease/search`
 */
export declare function buildPostVideoReleaseSearchRequest(parameters?: T.PostVideoReleaseSearchParameters, body?: T.PostVideoReleaseSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostVideoReleaseSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostVideoReleaseSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostVideoReleaseSearchResponse, T.PostVideoReleaseSearchError>>;

/**
 * `GET /weapon`
 */
export declare function buildGetWeaponRequest(parameters: T.GetWeaponParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetWeaponRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetWeaponResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetWeaponResponse, T.GetWeaponError>>;

/**
 * `GET /weapon/search`
 */
export declare function buildGetWeaponSearchRequest(parameters?: T.GetWeaponSearchParameters, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildGetWeaponSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readGetWeaponSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.GetWeaponSearchResponse, T.GetWeaponSearchError>>;

/**
 * `POST /weapon/search`
 */
export declare function buildPostWeaponSearchRequest(parameters?: T.PostWeaponSearchParameters, body?: T.PostWeaponSearchRequestBody, options?: BuildOptions): BuiltRequest;

/** The response to a request from `buildPostWeaponSearchRequest`, sent by you: `{ ok: true, data, response }` or `{ ok: false, error, response }`, never throwing for a status. */
export declare function readPostWeaponSearchResult(response: Response, options?: ReadResultOptions): Promise<ApiResult<T.PostWeaponSearchResponse, T.PostWeaponSearchError>>;

/**
 * The fluent client: builders follow the path (`/users/{usersId}` is `client.users.byUsersId(id)`)
 * and end in the HTTP method, which sends the request and resolves to the typed response body.
 */
export interface ApiClient<B extends BinaryResponse = 'blob'> {
  /**
   * `/animal`
   */
  readonly animal: {
    /**
     * `GET /animal`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetAnimalParameters, 'query'>
      ): Promise<T.GetAnimalResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getAnimal;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetAnimalParameters, 'query'>
      ): Promise<ApiResult<T.GetAnimalResponse, T.GetAnimalError>>;
    };
    /**
     * `/animal/search`
     */
    readonly search: {
      /**
       * `GET /animal/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetAnimalSearchParameters, 'query'>
        ): Promise<T.GetAnimalSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getAnimalSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetAnimalSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetAnimalSearchResponse, T.GetAnimalSearchError>>;
      };
      /**
       * `POST /animal/search`
       */
      readonly post: {
        (
          body?: T.PostAnimalSearchRequestBody,
          options?: RequestOptions & Pick<T.PostAnimalSearchParameters, 'query'>,
        ): Promise<T.PostAnimalSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postAnimalSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostAnimalSearchRequestBody,
          options?: RequestOptions & Pick<T.PostAnimalSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostAnimalSearchResponse, T.PostAnimalSearchError>>;
      };
    };
  };
  /**
   * `/astronomicalObject`
   */
  readonly astronomicalObject: {
    /**
     * `GET /astronomicalObject`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetAstronomicalObjectParameters, 'query'>
      ): Promise<T.GetAstronomicalObjectResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getAstronomicalObject;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetAstronomicalObjectParameters, 'query'>
      ): Promise<ApiResult<T.GetAstronomicalObjectResponse, T.GetAstronomicalObjectError>>;
    };
    /**
     * `/astronomicalObject/search`
     */
    readonly search: {
      /**
       * `GET /astronomicalObject/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetAstronomicalObjectSearchParameters, 'query'>
        ): Promise<T.GetAstronomicalObjectSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getAstronomicalObjectSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetAstronomicalObjectSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetAstronomicalObjectSearchResponse, T.GetAstronomicalObjectSearchError>>;
      };
      /**
       * `POST /astronomicalObject/search`
       */
      readonly post: {
        (
          body?: T.PostAstronomicalObjectSearchRequestBody,
          options?: RequestOptions & Pick<T.PostAstronomicalObjectSearchParameters, 'query'>,
        ): Promise<T.PostAstronomicalObjectSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postAstronomicalObjectSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostAstronomicalObjectSearchRequestBody,
          options?: RequestOptions & Pick<T.PostAstronomicalObjectSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostAstronomicalObjectSearchResponse, T.PostAstronomicalObjectSearchError>>;
      };
    };
  };
  /**
   * `/book`
   */
  readonly book: {
    /**
     * `GET /book`
     */
    readonly get: {
      (options: RequestOptions & Pick<T.GetBookParameters, 'query'>): Promise<T.GetBookResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getBook;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetBookParameters, 'query'>
      ): Promise<ApiResult<T.GetBookResponse, T.GetBookError>>;
    };
    /**
     * `/book/search`
     */
    readonly search: {
      /**
       * `GET /book/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetBookSearchParameters, 'query'>
        ): Promise<T.GetBookSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getBookSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetBookSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetBookSearchResponse, T.GetBookSearchError>>;
      };
      /**
       * `POST /book/search`
       */
      readonly post: {
        (
          body?: T.PostBookSearchRequestBody,
          options?: RequestOptions & Pick<T.PostBookSearchParameters, 'query'>,
        ): Promise<T.PostBookSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postBookSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostBookSearchRequestBody,
          options?: RequestOptions & Pick<T.PostBookSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostBookSearchResponse, T.PostBookSearchError>>;
      };
    };
  };
  /**
   * `/bookCollection`
   */
  readonly bookCollection: {
    /**
     * `GET /bookCollection`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetBookCollectionParameters, 'query'>
      ): Promise<T.GetBookCollectionResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getBookCollection;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetBookCollectionParameters, 'query'>
      ): Promise<ApiResult<T.GetBookCollectionResponse, T.GetBookCollectionError>>;
    };
    /**
     * `/bookCollection/search`
     */
    readonly search: {
      /**
       * `GET /bookCollection/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetBookCollectionSearchParameters, 'query'>
        ): Promise<T.GetBookCollectionSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getBookCollectionSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetBookCollectionSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetBookCollectionSearchResponse, T.GetBookCollectionSearchError>>;
      };
      /**
       * `POST /bookCollection/search`
       */
      readonly post: {
        (
          body?: T.PostBookCollectionSearchRequestBody,
          options?: RequestOptions & Pick<T.PostBookCollectionSearchParameters, 'query'>,
        ): Promise<T.PostBookCollectionSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postBookCollectionSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostBookCollectionSearchRequestBody,
          options?: RequestOptions & Pick<T.PostBookCollectionSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostBookCollectionSearchResponse, T.PostBookCollectionSearchError>>;
      };
    };
  };
  /**
   * `/bookSeries`
   */
  readonly bookSeries: {
    /**
     * `GET /bookSeries`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetBookSeriesParameters, 'query'>
      ): Promise<T.GetBookSeriesResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getBookSeries;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetBookSeriesParameters, 'query'>
      ): Promise<ApiResult<T.GetBookSeriesResponse, T.GetBookSeriesError>>;
    };
    /**
     * `/bookSeries/search`
     */
    readonly search: {
      /**
       * `GET /bookSeries/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetBookSeriesSearchParameters, 'query'>
        ): Promise<T.GetBookSeriesSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getBookSeriesSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetBookSeriesSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetBookSeriesSearchResponse, T.GetBookSeriesSearchError>>;
      };
      /**
       * `POST /bookSeries/search`
       */
      readonly post: {
        (
          body?: T.PostBookSeriesSearchRequestBody,
          options?: RequestOptions & Pick<T.PostBookSeriesSearchParameters, 'query'>,
        ): Promise<T.PostBookSeriesSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postBookSeriesSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostBookSeriesSearchRequestBody,
          options?: RequestOptions & Pick<T.PostBookSeriesSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostBookSeriesSearchResponse, T.PostBookSeriesSearchError>>;
      };
    };
  };
  /**
   * `/character`
   */
  readonly character: {
    /**
     * `GET /character`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetCharacterParameters, 'query'>
      ): Promise<T.GetCharacterResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getCharacter;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetCharacterParameters, 'query'>
      ): Promise<ApiResult<T.GetCharacterResponse, T.GetCharacterError>>;
    };
    /**
     * `/character/search`
     */
    readonly search: {
      /**
       * `GET /character/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetCharacterSearchParameters, 'query'>
        ): Promise<T.GetCharacterSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getCharacterSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetCharacterSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetCharacterSearchResponse, T.GetCharacterSearchError>>;
      };
      /**
       * `POST /character/search`
       */
      readonly post: {
        (
          body?: T.PostCharacterSearchRequestBody,
          options?: RequestOptions & Pick<T.PostCharacterSearchParameters, 'query'>,
        ): Promise<T.PostCharacterSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postCharacterSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostCharacterSearchRequestBody,
          options?: RequestOptions & Pick<T.PostCharacterSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostCharacterSearchResponse, T.PostCharacterSearchError>>;
      };
    };
  };
  /**
   * `/comicCollection`
   */
  readonly comicCollection: {
    /**
     * `GET /comicCollection`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetComicCollectionParameters, 'query'>
      ): Promise<T.GetComicCollectionResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getComicCollection;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetComicCollectionParameters, 'query'>
      ): Promise<ApiResult<T.GetComicCollectionResponse, T.GetComicCollectionError>>;
    };
    /**
     * `/comicCollection/search`
     */
    readonly search: {
      /**
       * `GET /comicCollection/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetComicCollectionSearchParameters, 'query'>
        ): Promise<T.GetComicCollectionSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getComicCollectionSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetComicCollectionSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetComicCollectionSearchResponse, T.GetComicCollectionSearchError>>;
      };
      /**
       * `POST /comicCollection/search`
       */
      readonly post: {
        (
          body?: T.PostComicCollectionSearchRequestBody,
          options?: RequestOptions & Pick<T.PostComicCollectionSearchParameters, 'query'>,
        ): Promise<T.PostComicCollectionSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postComicCollectionSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostComicCollectionSearchRequestBody,
          options?: RequestOptions & Pick<T.PostComicCollectionSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostComicCollectionSearchResponse, T.PostComicCollectionSearchError>>;
      };
    };
  };
  /**
   * `/comicSeries`
   */
  readonly comicSeries: {
    /**
     * `GET /comicSeries`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetComicSeriesParameters, 'query'>
      ): Promise<T.GetComicSeriesResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getComicSeries;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetComicSeriesParameters, 'query'>
      ): Promise<ApiResult<T.GetComicSeriesResponse, T.GetComicSeriesError>>;
    };
    /**
     * `/comicSeries/search`
     */
    readonly search: {
      /**
       * `GET /comicSeries/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetComicSeriesSearchParameters, 'query'>
        ): Promise<T.GetComicSeriesSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getComicSeriesSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetComicSeriesSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetComicSeriesSearchResponse, T.GetComicSeriesSearchError>>;
      };
      /**
       * `POST /comicSeries/search`
       */
      readonly post: {
        (
          body?: T.PostComicSeriesSearchRequestBody,
          options?: RequestOptions & Pick<T.PostComicSeriesSearchParameters, 'query'>,
        ): Promise<T.PostComicSeriesSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postComicSeriesSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostComicSeriesSearchRequestBody,
          options?: RequestOptions & Pick<T.PostComicSeriesSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostComicSeriesSearchResponse, T.PostComicSeriesSearchError>>;
      };
    };
  };
  /**
   * `/comicStrip`
   */
  readonly comicStrip: {
    /**
     * `GET /comicStrip`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetComicStripParameters, 'query'>
      ): Promise<T.GetComicStripResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getComicStrip;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetComicStripParameters, 'query'>
      ): Promise<ApiResult<T.GetComicStripResponse, T.GetComicStripError>>;
    };
    /**
     * `/comicStrip/search`
     */
    readonly search: {
      /**
       * `GET /comicStrip/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetComicStripSearchParameters, 'query'>
        ): Promise<T.GetComicStripSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getComicStripSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetComicStripSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetComicStripSearchResponse, T.GetComicStripSearchError>>;
      };
      /**
       * `POST /comicStrip/search`
       */
      readonly post: {
        (
          body?: T.PostComicStripSearchRequestBody,
          options?: RequestOptions & Pick<T.PostComicStripSearchParameters, 'query'>,
        ): Promise<T.PostComicStripSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postComicStripSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostComicStripSearchRequestBody,
          options?: RequestOptions & Pick<T.PostComicStripSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostComicStripSearchResponse, T.PostComicStripSearchError>>;
      };
    };
  };
  /**
   * `/comics`
   */
  readonly comics: {
    /**
     * `GET /comics`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetComicsParameters, 'query'>
      ): Promise<T.GetComicsResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getComics;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetComicsParameters, 'query'>
      ): Promise<ApiResult<T.GetComicsResponse, T.GetComicsError>>;
    };
    /**
     * `/comics/search`
     */
    readonly search: {
      /**
       * `GET /comics/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetComicsSearchParameters, 'query'>
        ): Promise<T.GetComicsSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getComicsSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetComicsSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetComicsSearchResponse, T.GetComicsSearchError>>;
      };
      /**
       * `POST /comics/search`
       */
      readonly post: {
        (
          body?: T.PostComicsSearchRequestBody,
          options?: RequestOptions & Pick<T.PostComicsSearchParameters, 'query'>,
        ): Promise<T.PostComicsSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postComicsSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostComicsSearchRequestBody,
          options?: RequestOptions & Pick<T.PostComicsSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostComicsSearchResponse, T.PostComicsSearchError>>;
      };
    };
  };
  /**
   * `/company`
   */
  readonly company: {
    /**
     * `GET /company`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetCompanyParameters, 'query'>
      ): Promise<T.GetCompanyResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getCompany;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetCompanyParameters, 'query'>
      ): Promise<ApiResult<T.GetCompanyResponse, T.GetCompanyError>>;
    };
    /**
     * `/company/search`
     */
    readonly search: {
      /**
       * `GET /company/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetCompanySearchParameters, 'query'>
        ): Promise<T.GetCompanySearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getCompanySearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetCompanySearchParameters, 'query'>
        ): Promise<ApiResult<T.GetCompanySearchResponse, T.GetCompanySearchError>>;
      };
      /**
       * `POST /company/search`
       */
      readonly post: {
        (
          body?: T.PostCompanySearchRequestBody,
          options?: RequestOptions & Pick<T.PostCompanySearchParameters, 'query'>,
        ): Promise<T.PostCompanySearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postCompanySearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostCompanySearchRequestBody,
          options?: RequestOptions & Pick<T.PostCompanySearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostCompanySearchResponse, T.PostCompanySearchError>>;
      };
    };
  };
  /**
   * `/conflict`
   */
  readonly conflict: {
    /**
     * `GET /conflict`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetConflictParameters, 'query'>
      ): Promise<T.GetConflictResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getConflict;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetConflictParameters, 'query'>
      ): Promise<ApiResult<T.GetConflictResponse, T.GetConflictError>>;
    };
    /**
     * `/conflict/search`
     */
    readonly search: {
      /**
       * `GET /conflict/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetConflictSearchParameters, 'query'>
        ): Promise<T.GetConflictSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getConflictSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetConflictSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetConflictSearchResponse, T.GetConflictSearchError>>;
      };
      /**
       * `POST /conflict/search`
       */
      readonly post: {
        (
          body?: T.PostConflictSearchRequestBody,
          options?: RequestOptions & Pick<T.PostConflictSearchParameters, 'query'>,
        ): Promise<T.PostConflictSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postConflictSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostConflictSearchRequestBody,
          options?: RequestOptions & Pick<T.PostConflictSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostConflictSearchResponse, T.PostConflictSearchError>>;
      };
    };
  };
  /**
   * `/element`
   */
  readonly element: {
    /**
     * `GET /element`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetElementParameters, 'query'>
      ): Promise<T.GetElementResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getElement;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetElementParameters, 'query'>
      ): Promise<ApiResult<T.GetElementResponse, T.GetElementError>>;
    };
    /**
     * `/element/search`
     */
    readonly search: {
      /**
       * `GET /element/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetElementSearchParameters, 'query'>
        ): Promise<T.GetElementSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getElementSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetElementSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetElementSearchResponse, T.GetElementSearchError>>;
      };
      /**
       * `POST /element/search`
       */
      readonly post: {
        (
          body?: T.PostElementSearchRequestBody,
          options?: RequestOptions & Pick<T.PostElementSearchParameters, 'query'>,
        ): Promise<T.PostElementSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postElementSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostElementSearchRequestBody,
          options?: RequestOptions & Pick<T.PostElementSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostElementSearchResponse, T.PostElementSearchError>>;
      };
    };
  };
  /**
   * `/episode`
   */
  readonly episode: {
    /**
     * `GET /episode`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetEpisodeParameters, 'query'>
      ): Promise<T.GetEpisodeResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getEpisode;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetEpisodeParameters, 'query'>
      ): Promise<ApiResult<T.GetEpisodeResponse, T.GetEpisodeError>>;
    };
    /**
     * `/episode/search`
     */
    readonly search: {
      /**
       * `GET /episode/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetEpisodeSearchParameters, 'query'>
        ): Promise<T.GetEpisodeSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getEpisodeSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetEpisodeSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetEpisodeSearchResponse, T.GetEpisodeSearchError>>;
      };
      /**
       * `POST /episode/search`
       */
      readonly post: {
        (
          body?: T.PostEpisodeSearchRequestBody,
          options?: RequestOptions & Pick<T.PostEpisodeSearchParameters, 'query'>,
        ): Promise<T.PostEpisodeSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postEpisodeSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostEpisodeSearchRequestBody,
          options?: RequestOptions & Pick<T.PostEpisodeSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostEpisodeSearchResponse, T.PostEpisodeSearchError>>;
      };
    };
  };
  /**
   * `/food`
   */
  readonly food: {
    /**
     * `GET /food`
     */
    readonly get: {
      (options: RequestOptions & Pick<T.GetFoodParameters, 'query'>): Promise<T.GetFoodResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getFood;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetFoodParameters, 'query'>
      ): Promise<ApiResult<T.GetFoodResponse, T.GetFoodError>>;
    };
    /**
     * `/food/search`
     */
    readonly search: {
      /**
       * `GET /food/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetFoodSearchParameters, 'query'>
        ): Promise<T.GetFoodSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getFoodSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetFoodSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetFoodSearchResponse, T.GetFoodSearchError>>;
      };
      /**
       * `POST /food/search`
       */
      readonly post: {
        (
          body?: T.PostFoodSearchRequestBody,
          options?: RequestOptions & Pick<T.PostFoodSearchParameters, 'query'>,
        ): Promise<T.PostFoodSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postFoodSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostFoodSearchRequestBody,
          options?: RequestOptions & Pick<T.PostFoodSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostFoodSearchResponse, T.PostFoodSearchError>>;
      };
    };
  };
  /**
   * `/literature`
   */
  readonly literature: {
    /**
     * `GET /literature`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetLiteratureParameters, 'query'>
      ): Promise<T.GetLiteratureResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getLiterature;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetLiteratureParameters, 'query'>
      ): Promise<ApiResult<T.GetLiteratureResponse, T.GetLiteratureError>>;
    };
    /**
     * `/literature/search`
     */
    readonly search: {
      /**
       * `GET /literature/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetLiteratureSearchParameters, 'query'>
        ): Promise<T.GetLiteratureSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getLiteratureSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetLiteratureSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetLiteratureSearchResponse, T.GetLiteratureSearchError>>;
      };
      /**
       * `POST /literature/search`
       */
      readonly post: {
        (
          body?: T.PostLiteratureSearchRequestBody,
          options?: RequestOptions & Pick<T.PostLiteratureSearchParameters, 'query'>,
        ): Promise<T.PostLiteratureSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postLiteratureSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostLiteratureSearchRequestBody,
          options?: RequestOptions & Pick<T.PostLiteratureSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostLiteratureSearchResponse, T.PostLiteratureSearchError>>;
      };
    };
  };
  /**
   * `/location`
   */
  readonly location: {
    /**
     * `GET /location`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetLocationParameters, 'query'>
      ): Promise<T.GetLocationResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getLocation;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetLocationParameters, 'query'>
      ): Promise<ApiResult<T.GetLocationResponse, T.GetLocationError>>;
    };
    /**
     * `/location/search`
     */
    readonly search: {
      /**
       * `GET /location/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetLocationSearchParameters, 'query'>
        ): Promise<T.GetLocationSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getLocationSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetLocationSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetLocationSearchResponse, T.GetLocationSearchError>>;
      };
      /**
       * `POST /location/search`
       */
      readonly post: {
        (
          body?: T.PostLocationSearchRequestBody,
          options?: RequestOptions & Pick<T.PostLocationSearchParameters, 'query'>,
        ): Promise<T.PostLocationSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postLocationSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostLocationSearchRequestBody,
          options?: RequestOptions & Pick<T.PostLocationSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostLocationSearchResponse, T.PostLocationSearchError>>;
      };
    };
  };
  /**
   * `/magazine`
   */
  readonly magazine: {
    /**
     * `GET /magazine`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetMagazineParameters, 'query'>
      ): Promise<T.GetMagazineResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getMagazine;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetMagazineParameters, 'query'>
      ): Promise<ApiResult<T.GetMagazineResponse, T.GetMagazineError>>;
    };
    /**
     * `/magazine/search`
     */
    readonly search: {
      /**
       * `GET /magazine/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetMagazineSearchParameters, 'query'>
        ): Promise<T.GetMagazineSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getMagazineSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetMagazineSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetMagazineSearchResponse, T.GetMagazineSearchError>>;
      };
      /**
       * `POST /magazine/search`
       */
      readonly post: {
        (
          body?: T.PostMagazineSearchRequestBody,
          options?: RequestOptions & Pick<T.PostMagazineSearchParameters, 'query'>,
        ): Promise<T.PostMagazineSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postMagazineSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostMagazineSearchRequestBody,
          options?: RequestOptions & Pick<T.PostMagazineSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostMagazineSearchResponse, T.PostMagazineSearchError>>;
      };
    };
  };
  /**
   * `/magazineSeries`
   */
  readonly magazineSeries: {
    /**
     * `GET /magazineSeries`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetMagazineSeriesParameters, 'query'>
      ): Promise<T.GetMagazineSeriesResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getMagazineSeries;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetMagazineSeriesParameters, 'query'>
      ): Promise<ApiResult<T.GetMagazineSeriesResponse, T.GetMagazineSeriesError>>;
    };
    /**
     * `/magazineSeries/search`
     */
    readonly search: {
      /**
       * `GET /magazineSeries/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetMagazineSeriesSearchParameters, 'query'>
        ): Promise<T.GetMagazineSeriesSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getMagazineSeriesSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetMagazineSeriesSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetMagazineSeriesSearchResponse, T.GetMagazineSeriesSearchError>>;
      };
      /**
       * `POST /magazineSeries/search`
       */
      readonly post: {
        (
          body?: T.PostMagazineSeriesSearchRequestBody,
          options?: RequestOptions & Pick<T.PostMagazineSeriesSearchParameters, 'query'>,
        ): Promise<T.PostMagazineSeriesSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postMagazineSeriesSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostMagazineSeriesSearchRequestBody,
          options?: RequestOptions & Pick<T.PostMagazineSeriesSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostMagazineSeriesSearchResponse, T.PostMagazineSeriesSearchError>>;
      };
    };
  };
  /**
   * `/material`
   */
  readonly material: {
    /**
     * `GET /material`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetMaterialParameters, 'query'>
      ): Promise<T.GetMaterialResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getMaterial;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetMaterialParameters, 'query'>
      ): Promise<ApiResult<T.GetMaterialResponse, T.GetMaterialError>>;
    };
    /**
     * `/material/search`
     */
    readonly search: {
      /**
       * `GET /material/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetMaterialSearchParameters, 'query'>
        ): Promise<T.GetMaterialSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getMaterialSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetMaterialSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetMaterialSearchResponse, T.GetMaterialSearchError>>;
      };
      /**
       * `POST /material/search`
       */
      readonly post: {
        (
          body?: T.PostMaterialSearchRequestBody,
          options?: RequestOptions & Pick<T.PostMaterialSearchParameters, 'query'>,
        ): Promise<T.PostMaterialSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postMaterialSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostMaterialSearchRequestBody,
          options?: RequestOptions & Pick<T.PostMaterialSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostMaterialSearchResponse, T.PostMaterialSearchError>>;
      };
    };
  };
  /**
   * `/medicalCondition`
   */
  readonly medicalCondition: {
    /**
     * `GET /medicalCondition`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetMedicalConditionParameters, 'query'>
      ): Promise<T.GetMedicalConditionResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getMedicalCondition;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetMedicalConditionParameters, 'query'>
      ): Promise<ApiResult<T.GetMedicalConditionResponse, T.GetMedicalConditionError>>;
    };
    /**
     * `/medicalCondition/search`
     */
    readonly search: {
      /**
       * `GET /medicalCondition/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetMedicalConditionSearchParameters, 'query'>
        ): Promise<T.GetMedicalConditionSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getMedicalConditionSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetMedicalConditionSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetMedicalConditionSearchResponse, T.GetMedicalConditionSearchError>>;
      };
      /**
       * `POST /medicalCondition/search`
       */
      readonly post: {
        (
          body?: T.PostMedicalConditionSearchRequestBody,
          options?: RequestOptions & Pick<T.PostMedicalConditionSearchParameters, 'query'>,
        ): Promise<T.PostMedicalConditionSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postMedicalConditionSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostMedicalConditionSearchRequestBody,
          options?: RequestOptions & Pick<T.PostMedicalConditionSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostMedicalConditionSearchResponse, T.PostMedicalConditionSearchError>>;
      };
    };
  };
  /**
   * `/movie`
   */
  readonly movie: {
    /**
     * `GET /movie`
     */
    readonly get: {
      (options: RequestOptions & Pick<T.GetMovieParameters, 'query'>): Promise<T.GetMovieResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getMovie;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetMovieParameters, 'query'>
      ): Promise<ApiResult<T.GetMovieResponse, T.GetMovieError>>;
    };
    /**
     * `/movie/search`
     */
    readonly search: {
      /**
       * `GET /movie/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetMovieSearchParameters, 'query'>
        ): Promise<T.GetMovieSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getMovieSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetMovieSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetMovieSearchResponse, T.GetMovieSearchError>>;
      };
      /**
       * `POST /movie/search`
       */
      readonly post: {
        (
          body?: T.PostMovieSearchRequestBody,
          options?: RequestOptions & Pick<T.PostMovieSearchParameters, 'query'>,
        ): Promise<T.PostMovieSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postMovieSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostMovieSearchRequestBody,
          options?: RequestOptions & Pick<T.PostMovieSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostMovieSearchResponse, T.PostMovieSearchError>>;
      };
    };
  };
  /**
   * `/occupation`
   */
  readonly occupation: {
    /**
     * `GET /occupation`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetOccupationParameters, 'query'>
      ): Promise<T.GetOccupationResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getOccupation;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetOccupationParameters, 'query'>
      ): Promise<ApiResult<T.GetOccupationResponse, T.GetOccupationError>>;
    };
    /**
     * `/occupation/search`
     */
    readonly search: {
      /**
       * `GET /occupation/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetOccupationSearchParameters, 'query'>
        ): Promise<T.GetOccupationSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getOccupationSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetOccupationSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetOccupationSearchResponse, T.GetOccupationSearchError>>;
      };
      /**
       * `POST /occupation/search`
       */
      readonly post: {
        (
          body?: T.PostOccupationSearchRequestBody,
          options?: RequestOptions & Pick<T.PostOccupationSearchParameters, 'query'>,
        ): Promise<T.PostOccupationSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postOccupationSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostOccupationSearchRequestBody,
          options?: RequestOptions & Pick<T.PostOccupationSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostOccupationSearchResponse, T.PostOccupationSearchError>>;
      };
    };
  };
  /**
   * `/organization`
   */
  readonly organization: {
    /**
     * `GET /organization`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetOrganizationParameters, 'query'>
      ): Promise<T.GetOrganizationResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getOrganization;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetOrganizationParameters, 'query'>
      ): Promise<ApiResult<T.GetOrganizationResponse, T.GetOrganizationError>>;
    };
    /**
     * `/organization/search`
     */
    readonly search: {
      /**
       * `GET /organization/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetOrganizationSearchParameters, 'query'>
        ): Promise<T.GetOrganizationSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getOrganizationSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetOrganizationSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetOrganizationSearchResponse, T.GetOrganizationSearchError>>;
      };
      /**
       * `POST /organization/search`
       */
      readonly post: {
        (
          body?: T.PostOrganizationSearchRequestBody,
          options?: RequestOptions & Pick<T.PostOrganizationSearchParameters, 'query'>,
        ): Promise<T.PostOrganizationSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postOrganizationSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostOrganizationSearchRequestBody,
          options?: RequestOptions & Pick<T.PostOrganizationSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostOrganizationSearchResponse, T.PostOrganizationSearchError>>;
      };
    };
  };
  /**
   * `/performer`
   */
  readonly performer: {
    /**
     * `GET /performer`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetPerformerParameters, 'query'>
      ): Promise<T.GetPerformerResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getPerformer;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetPerformerParameters, 'query'>
      ): Promise<ApiResult<T.GetPerformerResponse, T.GetPerformerError>>;
    };
    /**
     * `/performer/search`
     */
    readonly search: {
      /**
       * `GET /performer/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetPerformerSearchParameters, 'query'>
        ): Promise<T.GetPerformerSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getPerformerSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetPerformerSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetPerformerSearchResponse, T.GetPerformerSearchError>>;
      };
      /**
       * `POST /performer/search`
       */
      readonly post: {
        (
          body?: T.PostPerformerSearchRequestBody,
          options?: RequestOptions & Pick<T.PostPerformerSearchParameters, 'query'>,
        ): Promise<T.PostPerformerSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postPerformerSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostPerformerSearchRequestBody,
          options?: RequestOptions & Pick<T.PostPerformerSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostPerformerSearchResponse, T.PostPerformerSearchError>>;
      };
    };
  };
  /**
   * `/season`
   */
  readonly season: {
    /**
     * `GET /season`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetSeasonParameters, 'query'>
      ): Promise<T.GetSeasonResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getSeason;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetSeasonParameters, 'query'>
      ): Promise<ApiResult<T.GetSeasonResponse, T.GetSeasonError>>;
    };
    /**
     * `/season/search`
     */
    readonly search: {
      /**
       * `GET /season/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetSeasonSearchParameters, 'query'>
        ): Promise<T.GetSeasonSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getSeasonSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetSeasonSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetSeasonSearchResponse, T.GetSeasonSearchError>>;
      };
      /**
       * `POST /season/search`
       */
      readonly post: {
        (
          body?: T.PostSeasonSearchRequestBody,
          options?: RequestOptions & Pick<T.PostSeasonSearchParameters, 'query'>,
        ): Promise<T.PostSeasonSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postSeasonSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostSeasonSearchRequestBody,
          options?: RequestOptions & Pick<T.PostSeasonSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostSeasonSearchResponse, T.PostSeasonSearchError>>;
      };
    };
  };
  /**
   * `/series`
   */
  readonly series: {
    /**
     * `GET /series`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetSeriesParameters, 'query'>
      ): Promise<T.GetSeriesResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getSeries;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetSeriesParameters, 'query'>
      ): Promise<ApiResult<T.GetSeriesResponse, T.GetSeriesError>>;
    };
    /**
     * `/series/search`
     */
    readonly search: {
      /**
       * `GET /series/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetSeriesSearchParameters, 'query'>
        ): Promise<T.GetSeriesSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getSeriesSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetSeriesSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetSeriesSearchResponse, T.GetSeriesSearchError>>;
      };
      /**
       * `POST /series/search`
       */
      readonly post: {
        (
          body?: T.PostSeriesSearchRequestBody,
          options?: RequestOptions & Pick<T.PostSeriesSearchParameters, 'query'>,
        ): Promise<T.PostSeriesSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postSeriesSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostSeriesSearchRequestBody,
          options?: RequestOptions & Pick<T.PostSeriesSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostSeriesSearchResponse, T.PostSeriesSearchError>>;
      };
    };
  };
  /**
   * `/soundtrack`
   */
  readonly soundtrack: {
    /**
     * `GET /soundtrack`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetSoundtrackParameters, 'query'>
      ): Promise<T.GetSoundtrackResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getSoundtrack;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetSoundtrackParameters, 'query'>
      ): Promise<ApiResult<T.GetSoundtrackResponse, T.GetSoundtrackError>>;
    };
    /**
     * `/soundtrack/search`
     */
    readonly search: {
      /**
       * `GET /soundtrack/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetSoundtrackSearchParameters, 'query'>
        ): Promise<T.GetSoundtrackSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getSoundtrackSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetSoundtrackSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetSoundtrackSearchResponse, T.GetSoundtrackSearchError>>;
      };
      /**
       * `POST /soundtrack/search`
       */
      readonly post: {
        (
          body?: T.PostSoundtrackSearchRequestBody,
          options?: RequestOptions & Pick<T.PostSoundtrackSearchParameters, 'query'>,
        ): Promise<T.PostSoundtrackSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postSoundtrackSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostSoundtrackSearchRequestBody,
          options?: RequestOptions & Pick<T.PostSoundtrackSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostSoundtrackSearchResponse, T.PostSoundtrackSearchError>>;
      };
    };
  };
  /**
   * `/spacecraft`
   */
  readonly spacecraft: {
    /**
     * `GET /spacecraft`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetSpacecraftParameters, 'query'>
      ): Promise<T.GetSpacecraftResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getSpacecraft;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetSpacecraftParameters, 'query'>
      ): Promise<ApiResult<T.GetSpacecraftResponse, T.GetSpacecraftError>>;
    };
    /**
     * `/spacecraft/search`
     */
    readonly search: {
      /**
       * `GET /spacecraft/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetSpacecraftSearchParameters, 'query'>
        ): Promise<T.GetSpacecraftSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getSpacecraftSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetSpacecraftSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetSpacecraftSearchResponse, T.GetSpacecraftSearchError>>;
      };
      /**
       * `POST /spacecraft/search`
       */
      readonly post: {
        (
          body?: T.PostSpacecraftSearchRequestBody,
          options?: RequestOptions & Pick<T.PostSpacecraftSearchParameters, 'query'>,
        ): Promise<T.PostSpacecraftSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postSpacecraftSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostSpacecraftSearchRequestBody,
          options?: RequestOptions & Pick<T.PostSpacecraftSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostSpacecraftSearchResponse, T.PostSpacecraftSearchError>>;
      };
    };
  };
  /**
   * `/spacecraftClass`
   */
  readonly spacecraftClass: {
    /**
     * `GET /spacecraftClass`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetSpacecraftClassParameters, 'query'>
      ): Promise<T.GetSpacecraftClassResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getSpacecraftClass;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetSpacecraftClassParameters, 'query'>
      ): Promise<ApiResult<T.GetSpacecraftClassResponse, T.GetSpacecraftClassError>>;
    };
    /**
     * `/spacecraftClass/search`
     */
    readonly search: {
      /**
       * `GET /spacecraftClass/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetSpacecraftClassSearchParameters, 'query'>
        ): Promise<T.GetSpacecraftClassSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getSpacecraftClassSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetSpacecraftClassSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetSpacecraftClassSearchResponse, T.GetSpacecraftClassSearchError>>;
      };
      /**
       * `POST /spacecraftClass/search`
       */
      readonly post: {
        (
          body?: T.PostSpacecraftClassSearchRequestBody,
          options?: RequestOptions & Pick<T.PostSpacecraftClassSearchParameters, 'query'>,
        ): Promise<T.PostSpacecraftClassSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postSpacecraftClassSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostSpacecraftClassSearchRequestBody,
          options?: RequestOptions & Pick<T.PostSpacecraftClassSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostSpacecraftClassSearchResponse, T.PostSpacecraftClassSearchError>>;
      };
    };
  };
  /**
   * `/species`
   */
  readonly species: {
    /**
     * `GET /species`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetSpeciesParameters, 'query'>
      ): Promise<T.GetSpeciesResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getSpecies;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetSpeciesParameters, 'query'>
      ): Promise<ApiResult<T.GetSpeciesResponse, T.GetSpeciesError>>;
    };
    /**
     * `/species/search`
     */
    readonly search: {
      /**
       * `GET /species/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetSpeciesSearchParameters, 'query'>
        ): Promise<T.GetSpeciesSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getSpeciesSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetSpeciesSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetSpeciesSearchResponse, T.GetSpeciesSearchError>>;
      };
      /**
       * `POST /species/search`
       */
      readonly post: {
        (
          body?: T.PostSpeciesSearchRequestBody,
          options?: RequestOptions & Pick<T.PostSpeciesSearchParameters, 'query'>,
        ): Promise<T.PostSpeciesSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postSpeciesSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostSpeciesSearchRequestBody,
          options?: RequestOptions & Pick<T.PostSpeciesSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostSpeciesSearchResponse, T.PostSpeciesSearchError>>;
      };
    };
  };
  /**
   * `/staff`
   */
  readonly staff: {
    /**
     * `GET /staff`
     */
    readonly get: {
      (options: RequestOptions & Pick<T.GetStaffParameters, 'query'>): Promise<T.GetStaffResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getStaff;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetStaffParameters, 'query'>
      ): Promise<ApiResult<T.GetStaffResponse, T.GetStaffError>>;
    };
    /**
     * `/staff/search`
     */
    readonly search: {
      /**
       * `GET /staff/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetStaffSearchParameters, 'query'>
        ): Promise<T.GetStaffSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getStaffSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetStaffSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetStaffSearchResponse, T.GetStaffSearchError>>;
      };
      /**
       * `POST /staff/search`
       */
      readonly post: {
        (
          body?: T.PostStaffSearchRequestBody,
          options?: RequestOptions & Pick<T.PostStaffSearchParameters, 'query'>,
        ): Promise<T.PostStaffSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postStaffSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostStaffSearchRequestBody,
          options?: RequestOptions & Pick<T.PostStaffSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostStaffSearchResponse, T.PostStaffSearchError>>;
      };
    };
  };
  /**
   * `/technology`
   */
  readonly technology: {
    /**
     * `GET /technology`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetTechnologyParameters, 'query'>
      ): Promise<T.GetTechnologyResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getTechnology;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetTechnologyParameters, 'query'>
      ): Promise<ApiResult<T.GetTechnologyResponse, T.GetTechnologyError>>;
    };
    /**
     * `/technology/search`
     */
    readonly search: {
      /**
       * `GET /technology/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetTechnologySearchParameters, 'query'>
        ): Promise<T.GetTechnologySearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getTechnologySearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetTechnologySearchParameters, 'query'>
        ): Promise<ApiResult<T.GetTechnologySearchResponse, T.GetTechnologySearchError>>;
      };
      /**
       * `POST /technology/search`
       */
      readonly post: {
        (
          body?: T.PostTechnologySearchRequestBody,
          options?: RequestOptions & Pick<T.PostTechnologySearchParameters, 'query'>,
        ): Promise<T.PostTechnologySearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postTechnologySearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostTechnologySearchRequestBody,
          options?: RequestOptions & Pick<T.PostTechnologySearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostTechnologySearchResponse, T.PostTechnologySearchError>>;
      };
    };
  };
  /**
   * `/title`
   */
  readonly title: {
    /**
     * `GET /title`
     */
    readonly get: {
      (options: RequestOptions & Pick<T.GetTitleParameters, 'query'>): Promise<T.GetTitleResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getTitle;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetTitleParameters, 'query'>
      ): Promise<ApiResult<T.GetTitleResponse, T.GetTitleError>>;
    };
    /**
     * `/title/search`
     */
    readonly search: {
      /**
       * `GET /title/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetTitleSearchParameters, 'query'>
        ): Promise<T.GetTitleSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getTitleSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetTitleSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetTitleSearchResponse, T.GetTitleSearchError>>;
      };
      /**
       * `POST /title/search`
       */
      readonly post: {
        (
          body?: T.PostTitleSearchRequestBody,
          options?: RequestOptions & Pick<T.PostTitleSearchParameters, 'query'>,
        ): Promise<T.PostTitleSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postTitleSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostTitleSearchRequestBody,
          options?: RequestOptions & Pick<T.PostTitleSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostTitleSearchResponse, T.PostTitleSearchError>>;
      };
    };
  };
  /**
   * `/tradingCard`
   */
  readonly tradingCard: {
    /**
     * `GET /tradingCard`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetTradingCardParameters, 'query'>
      ): Promise<T.GetTradingCardResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getTradingCard;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetTradingCardParameters, 'query'>
      ): Promise<ApiResult<T.GetTradingCardResponse, T.GetTradingCardError>>;
    };
    /**
     * `/tradingCard/search`
     */
    readonly search: {
      /**
       * `GET /tradingCard/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetTradingCardSearchParameters, 'query'>
        ): Promise<T.GetTradingCardSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getTradingCardSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetTradingCardSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetTradingCardSearchResponse, T.GetTradingCardSearchError>>;
      };
      /**
       * `POST /tradingCard/search`
       */
      readonly post: {
        (
          body?: T.PostTradingCardSearchRequestBody,
          options?: RequestOptions & Pick<T.PostTradingCardSearchParameters, 'query'>,
        ): Promise<T.PostTradingCardSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postTradingCardSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostTradingCardSearchRequestBody,
          options?: RequestOptions & Pick<T.PostTradingCardSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostTradingCardSearchResponse, T.PostTradingCardSearchError>>;
      };
    };
  };
  /**
   * `/tradingCardDeck`
   */
  readonly tradingCardDeck: {
    /**
     * `GET /tradingCardDeck`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetTradingCardDeckParameters, 'query'>
      ): Promise<T.GetTradingCardDeckResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getTradingCardDeck;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetTradingCardDeckParameters, 'query'>
      ): Promise<ApiResult<T.GetTradingCardDeckResponse, T.GetTradingCardDeckError>>;
    };
    /**
     * `/tradingCardDeck/search`
     */
    readonly search: {
      /**
       * `GET /tradingCardDeck/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetTradingCardDeckSearchParameters, 'query'>
        ): Promise<T.GetTradingCardDeckSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getTradingCardDeckSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetTradingCardDeckSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetTradingCardDeckSearchResponse, T.GetTradingCardDeckSearchError>>;
      };
      /**
       * `POST /tradingCardDeck/search`
       */
      readonly post: {
        (
          body?: T.PostTradingCardDeckSearchRequestBody,
          options?: RequestOptions & Pick<T.PostTradingCardDeckSearchParameters, 'query'>,
        ): Promise<T.PostTradingCardDeckSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postTradingCardDeckSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostTradingCardDeckSearchRequestBody,
          options?: RequestOptions & Pick<T.PostTradingCardDeckSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostTradingCardDeckSearchResponse, T.PostTradingCardDeckSearchError>>;
      };
    };
  };
  /**
   * `/tradingCardSet`
   */
  readonly tradingCardSet: {
    /**
     * `GET /tradingCardSet`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetTradingCardSetParameters, 'query'>
      ): Promise<T.GetTradingCardSetResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getTradingCardSet;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetTradingCardSetParameters, 'query'>
      ): Promise<ApiResult<T.GetTradingCardSetResponse, T.GetTradingCardSetError>>;
    };
    /**
     * `/tradingCardSet/search`
     */
    readonly search: {
      /**
       * `GET /tradingCardSet/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetTradingCardSetSearchParameters, 'query'>
        ): Promise<T.GetTradingCardSetSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getTradingCardSetSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetTradingCardSetSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetTradingCardSetSearchResponse, T.GetTradingCardSetSearchError>>;
      };
      /**
       * `POST /tradingCardSet/search`
       */
      readonly post: {
        (
          body?: T.PostTradingCardSetSearchRequestBody,
          options?: RequestOptions & Pick<T.PostTradingCardSetSearchParameters, 'query'>,
        ): Promise<T.PostTradingCardSetSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postTradingCardSetSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostTradingCardSetSearchRequestBody,
          options?: RequestOptions & Pick<T.PostTradingCardSetSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostTradingCardSetSearchResponse, T.PostTradingCardSetSearchError>>;
      };
    };
  };
  /**
   * `/videoGame`
   */
  readonly videoGame: {
    /**
     * `GET /videoGame`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetVideoGameParameters, 'query'>
      ): Promise<T.GetVideoGameResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getVideoGame;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetVideoGameParameters, 'query'>
      ): Promise<ApiResult<T.GetVideoGameResponse, T.GetVideoGameError>>;
    };
    /**
     * `/videoGame/search`
     */
    readonly search: {
      /**
       * `GET /videoGame/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetVideoGameSearchParameters, 'query'>
        ): Promise<T.GetVideoGameSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getVideoGameSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetVideoGameSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetVideoGameSearchResponse, T.GetVideoGameSearchError>>;
      };
      /**
       * `POST /videoGame/search`
       */
      readonly post: {
        (
          body?: T.PostVideoGameSearchRequestBody,
          options?: RequestOptions & Pick<T.PostVideoGameSearchParameters, 'query'>,
        ): Promise<T.PostVideoGameSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postVideoGameSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostVideoGameSearchRequestBody,
          options?: RequestOptions & Pick<T.PostVideoGameSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostVideoGameSearchResponse, T.PostVideoGameSearchError>>;
      };
    };
  };
  /**
   * `/videoRelease`
   */
  readonly videoRelease: {
    /**
     * `GET /videoRelease`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetVideoReleaseParameters, 'query'>
      ): Promise<T.GetVideoReleaseResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getVideoRelease;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetVideoReleaseParameters, 'query'>
      ): Promise<ApiResult<T.GetVideoReleaseResponse, T.GetVideoReleaseError>>;
    };
    /**
     * `/videoRelease/search`
     */
    readonly search: {
      /**
       * `GET /videoRelease/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetVideoReleaseSearchParameters, 'query'>
        ): Promise<T.GetVideoReleaseSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getVideoReleaseSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetVideoReleaseSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetVideoReleaseSearchResponse, T.GetVideoReleaseSearchError>>;
      };
      /**
       * `POST /videoRelease/search`
       */
      readonly post: {
        (
          body?: T.PostVideoReleaseSearchRequestBody,
          options?: RequestOptions & Pick<T.PostVideoReleaseSearchParameters, 'query'>,
        ): Promise<T.PostVideoReleaseSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postVideoReleaseSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostVideoReleaseSearchRequestBody,
          options?: RequestOptions & Pick<T.PostVideoReleaseSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostVideoReleaseSearchResponse, T.PostVideoReleaseSearchError>>;
      };
    };
  };
  /**
   * `/weapon`
   */
  readonly weapon: {
    /**
     * `GET /weapon`
     */
    readonly get: {
      (
        options: RequestOptions & Pick<T.GetWeaponParameters, 'query'>
      ): Promise<T.GetWeaponResponse>;
      /** Who may call this operation. */
      readonly permissions: typeof permissions.getWeapon;
      /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
      safe(
        options: RequestOptions & Pick<T.GetWeaponParameters, 'query'>
      ): Promise<ApiResult<T.GetWeaponResponse, T.GetWeaponError>>;
    };
    /**
     * `/weapon/search`
     */
    readonly search: {
      /**
       * `GET /weapon/search`
       */
      readonly get: {
        (
          options?: RequestOptions & Pick<T.GetWeaponSearchParameters, 'query'>
        ): Promise<T.GetWeaponSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.getWeaponSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          options?: RequestOptions & Pick<T.GetWeaponSearchParameters, 'query'>
        ): Promise<ApiResult<T.GetWeaponSearchResponse, T.GetWeaponSearchError>>;
      };
      /**
       * `POST /weapon/search`
       */
      readonly post: {
        (
          body?: T.PostWeaponSearchRequestBody,
          options?: RequestOptions & Pick<T.PostWeaponSearchParameters, 'query'>,
        ): Promise<T.PostWeaponSearchResponse>;
        /** Who may call this operation. */
        readonly permissions: typeof permissions.postWeaponSearch;
        /** The same call without throwing `ApiError`: `{ ok: true, data, response }` or `{ ok: false, error, response }`, typed by status. */
        safe(
          body?: T.PostWeaponSearchRequestBody,
          options?: RequestOptions & Pick<T.PostWeaponSearchParameters, 'query'>,
        ): Promise<ApiResult<T.PostWeaponSearchResponse, T.PostWeaponSearchError>>;
      };
    };
  };
}

/**
 * The credentials this API's security schemes take (`createClient({ credentials })`). Each call
 * sends those its operation's security requirements ask for: the first requirement the given
 * credentials satisfy entirely (any one of them suffices).
 */
export interface Credentials {
  /**
   * A Bearer token (HTTP bearer, OAuth 2, OpenID Connect): sent as `Authorization: Bearer <token>`; without it, `getToken` gives one.
   */
  readonly bearer?: Secret | undefined;
}

/** `createClient`'s options: `ClientOptions` with this API's typed `credentials`. */
export type ApiClientOptions<B extends BinaryResponse = 'blob'> = ClientOptions & {
  readonly credentials?: Credentials | undefined;
  readonly binaryResponse?: B | undefined;
};

/**
 * Create the client.
 *
 * A call validates its request body, then sends the credentials its operation's
 * security asks for (`credentials`; a Bearer token also from `getToken()`), retries
 * 429/503/504 (see `RetryOptions`), and fails with `ApiError` (non-2xx), `NetworkError`,
 * `TimeoutError` or the caller's abort reason.
 */
export declare function createClient<B extends BinaryResponse = 'blob'>(options?: ApiClientOptions<B>): ApiClient<B>;
