import type * as T from './types.js';
import { permissions } from './permissions.js';
import { type BuildOptions, type BuiltRequest } from './runtime/request.js';
import { type ClientOptions, type RequestOptions } from './runtime/transport.js';
import type { Secret } from './runtime/credentials.js';
import type { BinaryResponse } from './runtime/body.js';
export { ApiError, InvalidRequestError, InvalidResponseError, NetworkError, TimeoutError, } from './runtime/errors.js';
export type { RequestSummary, RequestValueLocation } from './runtime/errors.js';
export { CrossOriginLinkError } from './runtime/paging.js';
export type { ODataAnnotations, PagedIterable, PagingOptions, Selected, SelectedPage, Selecting, } from './runtime/paging.js';
export type { BuildOptions, BuiltRequest } from './runtime/request.js';
export type { RetryOptions } from './runtime/retry.js';
export type { ClientOptions, FetchLike, RequestOptions, TokenSource } from './runtime/transport.js';
export type { BasicCredentials, CredentialValues, Secret } from './runtime/credentials.js';
export type { BinaryBody, BinaryResponse } from './runtime/body.js';
/**
 * `GET /animal`
 */
export declare function buildGetAnimalRequest(parameters: T.GetAnimalParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /animal/search`
 */
export declare function buildGetAnimalSearchRequest(parameters?: T.GetAnimalSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /animal/search`
 */
export declare function buildPostAnimalSearchRequest(parameters?: T.PostAnimalSearchParameters, body?: T.PostAnimalSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /astronomicalObject`
 */
export declare function buildGetAstronomicalObjectRequest(parameters: T.GetAstronomicalObjectParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /astronomicalObject/search`
 */
export declare function buildGetAstronomicalObjectSearchRequest(parameters?: T.GetAstronomicalObjectSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /astronomicalObject/search`
 */
export declare function buildPostAstronomicalObjectSearchRequest(parameters?: T.PostAstronomicalObjectSearchParameters, body?: T.PostAstronomicalObjectSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /book`
 */
export declare function buildGetBookRequest(parameters: T.GetBookParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /book/search`
 */
export declare function buildGetBookSearchRequest(parameters?: T.GetBookSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /book/search`
 */
export declare function buildPostBookSearchRequest(parameters?: T.PostBookSearchParameters, body?: T.PostBookSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /bookCollection`
 */
export declare function buildGetBookCollectionRequest(parameters: T.GetBookCollectionParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /bookCollection/search`
 */
export declare function buildGetBookCollectionSearchRequest(parameters?: T.GetBookCollectionSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /bookCollection/search`
 */
export declare function buildPostBookCollectionSearchRequest(parameters?: T.PostBookCollectionSearchParameters, body?: T.PostBookCollectionSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /bookSeries`
 */
export declare function buildGetBookSeriesRequest(parameters: T.GetBookSeriesParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /bookSeries/search`
 */
export declare function buildGetBookSeriesSearchRequest(parameters?: T.GetBookSeriesSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /bookSeries/search`
 */
export declare function buildPostBookSeriesSearchRequest(parameters?: T.PostBookSeriesSearchParameters, body?: T.PostBookSeriesSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /character`
 */
export declare function buildGetCharacterRequest(parameters: T.GetCharacterParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /character/search`
 */
export declare function buildGetCharacterSearchRequest(parameters?: T.GetCharacterSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /character/search`
 */
export declare function buildPostCharacterSearchRequest(parameters?: T.PostCharacterSearchParameters, body?: T.PostCharacterSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /comicCollection`
 */
export declare function buildGetComicCollectionRequest(parameters: T.GetComicCollectionParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /comicCollection/search`
 */
export declare function buildGetComicCollectionSearchRequest(parameters?: T.GetComicCollectionSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /comicCollection/search`
 */
export declare function buildPostComicCollectionSearchRequest(parameters?: T.PostComicCollectionSearchParameters, body?: T.PostComicCollectionSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /comicSeries`
 */
export declare function buildGetComicSeriesRequest(parameters: T.GetComicSeriesParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /comicSeries/search`
 */
export declare function buildGetComicSeriesSearchRequest(parameters?: T.GetComicSeriesSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /comicSeries/search`
 */
export declare function buildPostComicSeriesSearchRequest(parameters?: T.PostComicSeriesSearchParameters, body?: T.PostComicSeriesSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /comicStrip`
 */
export declare function buildGetComicStripRequest(parameters: T.GetComicStripParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /comicStrip/search`
 */
export declare function buildGetComicStripSearchRequest(parameters?: T.GetComicStripSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /comicStrip/search`
 */
export declare function buildPostComicStripSearchRequest(parameters?: T.PostComicStripSearchParameters, body?: T.PostComicStripSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /comics`
 */
export declare function buildGetComicsRequest(parameters: T.GetComicsParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /comics/search`
 */
export declare function buildGetComicsSearchRequest(parameters?: T.GetComicsSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /comics/search`
 */
export declare function buildPostComicsSearchRequest(parameters?: T.PostComicsSearchParameters, body?: T.PostComicsSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /company`
 */
export declare function buildGetCompanyRequest(parameters: T.GetCompanyParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /company/search`
 */
export declare function buildGetCompanySearchRequest(parameters?: T.GetCompanySearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /company/search`
 */
export declare function buildPostCompanySearchRequest(parameters?: T.PostCompanySearchParameters, body?: T.PostCompanySearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /conflict`
 */
export declare function buildGetConflictRequest(parameters: T.GetConflictParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /conflict/search`
 */
export declare function buildGetConflictSearchRequest(parameters?: T.GetConflictSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /conflict/search`
 */
export declare function buildPostConflictSearchRequest(parameters?: T.PostConflictSearchParameters, body?: T.PostConflictSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /element`
 */
export declare function buildGetElementRequest(parameters: T.GetElementParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /element/search`
 */
export declare function buildGetElementSearchRequest(parameters?: T.GetElementSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /element/search`
 */
export declare function buildPostElementSearchRequest(parameters?: T.PostElementSearchParameters, body?: T.PostElementSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /episode`
 */
export declare function buildGetEpisodeRequest(parameters: T.GetEpisodeParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /episode/search`
 */
export declare function buildGetEpisodeSearchRequest(parameters?: T.GetEpisodeSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /episode/search`
 */
export declare function buildPostEpisodeSearchRequest(parameters?: T.PostEpisodeSearchParameters, body?: T.PostEpisodeSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /food`
 */
export declare function buildGetFoodRequest(parameters: T.GetFoodParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /food/search`
 */
export declare function buildGetFoodSearchRequest(parameters?: T.GetFoodSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /food/search`
 */
export declare function buildPostFoodSearchRequest(parameters?: T.PostFoodSearchParameters, body?: T.PostFoodSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /literature`
 */
export declare function buildGetLiteratureRequest(parameters: T.GetLiteratureParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /literature/search`
 */
export declare function buildGetLiteratureSearchRequest(parameters?: T.GetLiteratureSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /literature/search`
 */
export declare function buildPostLiteratureSearchRequest(parameters?: T.PostLiteratureSearchParameters, body?: T.PostLiteratureSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /location`
 */
export declare function buildGetLocationRequest(parameters: T.GetLocationParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /location/search`
 */
export declare function buildGetLocationSearchRequest(parameters?: T.GetLocationSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /location/search`
 */
export declare function buildPostLocationSearchRequest(parameters?: T.PostLocationSearchParameters, body?: T.PostLocationSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /magazine`
 */
export declare function buildGetMagazineRequest(parameters: T.GetMagazineParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /magazine/search`
 */
export declare function buildGetMagazineSearchRequest(parameters?: T.GetMagazineSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /magazine/search`
 */
export declare function buildPostMagazineSearchRequest(parameters?: T.PostMagazineSearchParameters, body?: T.PostMagazineSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /magazineSeries`
 */
export declare function buildGetMagazineSeriesRequest(parameters: T.GetMagazineSeriesParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /magazineSeries/search`
 */
export declare function buildGetMagazineSeriesSearchRequest(parameters?: T.GetMagazineSeriesSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /magazineSeries/search`
 */
export declare function buildPostMagazineSeriesSearchRequest(parameters?: T.PostMagazineSeriesSearchParameters, body?: T.PostMagazineSeriesSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /material`
 */
export declare function buildGetMaterialRequest(parameters: T.GetMaterialParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /material/search`
 */
export declare function buildGetMaterialSearchRequest(parameters?: T.GetMaterialSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /material/search`
 */
export declare function buildPostMaterialSearchRequest(parameters?: T.PostMaterialSearchParameters, body?: T.PostMaterialSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /medicalCondition`
 */
export declare function buildGetMedicalConditionRequest(parameters: T.GetMedicalConditionParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /medicalCondition/search`
 */
export declare function buildGetMedicalConditionSearchRequest(parameters?: T.GetMedicalConditionSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /medicalCondition/search`
 */
export declare function buildPostMedicalConditionSearchRequest(parameters?: T.PostMedicalConditionSearchParameters, body?: T.PostMedicalConditionSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /movie`
 */
export declare function buildGetMovieRequest(parameters: T.GetMovieParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /movie/search`
 */
export declare function buildGetMovieSearchRequest(parameters?: T.GetMovieSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /movie/search`
 */
export declare function buildPostMovieSearchRequest(parameters?: T.PostMovieSearchParameters, body?: T.PostMovieSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /occupation`
 */
export declare function buildGetOccupationRequest(parameters: T.GetOccupationParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /occupation/search`
 */
export declare function buildGetOccupationSearchRequest(parameters?: T.GetOccupationSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /occupation/search`
 */
export declare function buildPostOccupationSearchRequest(parameters?: T.PostOccupationSearchParameters, body?: T.PostOccupationSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /organization`
 */
export declare function buildGetOrganizationRequest(parameters: T.GetOrganizationParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /organization/search`
 */
export declare function buildGetOrganizationSearchRequest(parameters?: T.GetOrganizationSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /organization/search`
 */
export declare function buildPostOrganizationSearchRequest(parameters?: T.PostOrganizationSearchParameters, body?: T.PostOrganizationSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /performer`
 */
export declare function buildGetPerformerRequest(parameters: T.GetPerformerParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /performer/search`
 */
export declare function buildGetPerformerSearchRequest(parameters?: T.GetPerformerSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /performer/search`
 */
export declare function buildPostPerformerSearchRequest(parameters?: T.PostPerformerSearchParameters, body?: T.PostPerformerSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /season`
 */
export declare function buildGetSeasonRequest(parameters: T.GetSeasonParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /season/search`
 */
export declare function buildGetSeasonSearchRequest(parameters?: T.GetSeasonSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /season/search`
 */
export declare function buildPostSeasonSearchRequest(parameters?: T.PostSeasonSearchParameters, body?: T.PostSeasonSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /series`
 */
export declare function buildGetSeriesRequest(parameters: T.GetSeriesParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /series/search`
 */
export declare function buildGetSeriesSearchRequest(parameters?: T.GetSeriesSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /series/search`
 */
export declare function buildPostSeriesSearchRequest(parameters?: T.PostSeriesSearchParameters, body?: T.PostSeriesSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /soundtrack`
 */
export declare function buildGetSoundtrackRequest(parameters: T.GetSoundtrackParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /soundtrack/search`
 */
export declare function buildGetSoundtrackSearchRequest(parameters?: T.GetSoundtrackSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /soundtrack/search`
 */
export declare function buildPostSoundtrackSearchRequest(parameters?: T.PostSoundtrackSearchParameters, body?: T.PostSoundtrackSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /spacecraft`
 */
export declare function buildGetSpacecraftRequest(parameters: T.GetSpacecraftParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /spacecraft/search`
 */
export declare function buildGetSpacecraftSearchRequest(parameters?: T.GetSpacecraftSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /spacecraft/search`
 */
export declare function buildPostSpacecraftSearchRequest(parameters?: T.PostSpacecraftSearchParameters, body?: T.PostSpacecraftSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /spacecraftClass`
 */
export declare function buildGetSpacecraftClassRequest(parameters: T.GetSpacecraftClassParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /spacecraftClass/search`
 */
export declare function buildGetSpacecraftClassSearchRequest(parameters?: T.GetSpacecraftClassSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /spacecraftClass/search`
 */
export declare function buildPostSpacecraftClassSearchRequest(parameters?: T.PostSpacecraftClassSearchParameters, body?: T.PostSpacecraftClassSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /species`
 */
export declare function buildGetSpeciesRequest(parameters: T.GetSpeciesParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /species/search`
 */
export declare function buildGetSpeciesSearchRequest(parameters?: T.GetSpeciesSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /species/search`
 */
export declare function buildPostSpeciesSearchRequest(parameters?: T.PostSpeciesSearchParameters, body?: T.PostSpeciesSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /staff`
 */
export declare function buildGetStaffRequest(parameters: T.GetStaffParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /staff/search`
 */
export declare function buildGetStaffSearchRequest(parameters?: T.GetStaffSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /staff/search`
 */
export declare function buildPostStaffSearchRequest(parameters?: T.PostStaffSearchParameters, body?: T.PostStaffSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /technology`
 */
export declare function buildGetTechnologyRequest(parameters: T.GetTechnologyParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /technology/search`
 */
export declare function buildGetTechnologySearchRequest(parameters?: T.GetTechnologySearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /technology/search`
 */
export declare function buildPostTechnologySearchRequest(parameters?: T.PostTechnologySearchParameters, body?: T.PostTechnologySearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /title`
 */
export declare function buildGetTitleRequest(parameters: T.GetTitleParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /title/search`
 */
export declare function buildGetTitleSearchRequest(parameters?: T.GetTitleSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /title/search`
 */
export declare function buildPostTitleSearchRequest(parameters?: T.PostTitleSearchParameters, body?: T.PostTitleSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /tradingCard`
 */
export declare function buildGetTradingCardRequest(parameters: T.GetTradingCardParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /tradingCard/search`
 */
export declare function buildGetTradingCardSearchRequest(parameters?: T.GetTradingCardSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /tradingCard/search`
 */
export declare function buildPostTradingCardSearchRequest(parameters?: T.PostTradingCardSearchParameters, body?: T.PostTradingCardSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /tradingCardDeck`
 */
export declare function buildGetTradingCardDeckRequest(parameters: T.GetTradingCardDeckParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /tradingCardDeck/search`
 */
export declare function buildGetTradingCardDeckSearchRequest(parameters?: T.GetTradingCardDeckSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /tradingCardDeck/search`
 */
export declare function buildPostTradingCardDeckSearchRequest(parameters?: T.PostTradingCardDeckSearchParameters, body?: T.PostTradingCardDeckSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /tradingCardSet`
 */
export declare function buildGetTradingCardSetRequest(parameters: T.GetTradingCardSetParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /tradingCardSet/search`
 */
export declare function buildGetTradingCardSetSearchRequest(parameters?: T.GetTradingCardSetSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /tradingCardSet/search`
 */
export declare function buildPostTradingCardSetSearchRequest(parameters?: T.PostTradingCardSetSearchParameters, body?: T.PostTradingCardSetSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /videoGame`
 */
export declare function buildGetVideoGameRequest(parameters: T.GetVideoGameParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /videoGame/search`
 */
export declare function buildGetVideoGameSearchRequest(parameters?: T.GetVideoGameSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /videoGame/search`
 */
export declare function buildPostVideoGameSearchRequest(parameters?: T.PostVideoGameSearchParameters, body?: T.PostVideoGameSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /videoRelease`
 */
export declare function buildGetVideoReleaseRequest(parameters: T.GetVideoReleaseParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /videoRelease/search`
 */
export declare function buildGetVideoReleaseSearchRequest(parameters?: T.GetVideoReleaseSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /videoRelease/search`
 */
export declare function buildPostVideoReleaseSearchRequest(parameters?: T.PostVideoReleaseSearchParameters, body?: T.PostVideoReleaseSearchRequestBody, options?: BuildOptions): BuiltRequest;
/**
 * `GET /weapon`
 */
export declare function buildGetWeaponRequest(parameters: T.GetWeaponParameters, options?: BuildOptions): BuiltRequest;
/**
 * `GET /weapon/search`
 */
export declare function buildGetWeaponSearchRequest(parameters?: T.GetWeaponSearchParameters, options?: BuildOptions): BuiltRequest;
/**
 * `POST /weapon/search`
 */
export declare function buildPostWeaponSearchRequest(parameters?: T.PostWeaponSearchParameters, body?: T.PostWeaponSearchRequestBody, options?: BuildOptions): BuiltRequest;
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
            (options: RequestOptions & Pick<T.GetAnimalParameters, 'query'>): Promise<T.GetAnimalResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getAnimal;
        };
        /**
         * `/animal/search`
         */
        readonly search: {
            /**
             * `GET /animal/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetAnimalSearchParameters, 'query'>): Promise<T.GetAnimalSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getAnimalSearch;
            };
            /**
             * `POST /animal/search`
             */
            readonly post: {
                (body?: T.PostAnimalSearchRequestBody, options?: RequestOptions & Pick<T.PostAnimalSearchParameters, 'query'>): Promise<T.PostAnimalSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postAnimalSearch;
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
            (options: RequestOptions & Pick<T.GetAstronomicalObjectParameters, 'query'>): Promise<T.GetAstronomicalObjectResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getAstronomicalObject;
        };
        /**
         * `/astronomicalObject/search`
         */
        readonly search: {
            /**
             * `GET /astronomicalObject/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetAstronomicalObjectSearchParameters, 'query'>): Promise<T.GetAstronomicalObjectSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getAstronomicalObjectSearch;
            };
            /**
             * `POST /astronomicalObject/search`
             */
            readonly post: {
                (body?: T.PostAstronomicalObjectSearchRequestBody, options?: RequestOptions & Pick<T.PostAstronomicalObjectSearchParameters, 'query'>): Promise<T.PostAstronomicalObjectSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postAstronomicalObjectSearch;
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
        };
        /**
         * `/book/search`
         */
        readonly search: {
            /**
             * `GET /book/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetBookSearchParameters, 'query'>): Promise<T.GetBookSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getBookSearch;
            };
            /**
             * `POST /book/search`
             */
            readonly post: {
                (body?: T.PostBookSearchRequestBody, options?: RequestOptions & Pick<T.PostBookSearchParameters, 'query'>): Promise<T.PostBookSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postBookSearch;
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
            (options: RequestOptions & Pick<T.GetBookCollectionParameters, 'query'>): Promise<T.GetBookCollectionResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getBookCollection;
        };
        /**
         * `/bookCollection/search`
         */
        readonly search: {
            /**
             * `GET /bookCollection/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetBookCollectionSearchParameters, 'query'>): Promise<T.GetBookCollectionSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getBookCollectionSearch;
            };
            /**
             * `POST /bookCollection/search`
             */
            readonly post: {
                (body?: T.PostBookCollectionSearchRequestBody, options?: RequestOptions & Pick<T.PostBookCollectionSearchParameters, 'query'>): Promise<T.PostBookCollectionSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postBookCollectionSearch;
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
            (options: RequestOptions & Pick<T.GetBookSeriesParameters, 'query'>): Promise<T.GetBookSeriesResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getBookSeries;
        };
        /**
         * `/bookSeries/search`
         */
        readonly search: {
            /**
             * `GET /bookSeries/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetBookSeriesSearchParameters, 'query'>): Promise<T.GetBookSeriesSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getBookSeriesSearch;
            };
            /**
             * `POST /bookSeries/search`
             */
            readonly post: {
                (body?: T.PostBookSeriesSearchRequestBody, options?: RequestOptions & Pick<T.PostBookSeriesSearchParameters, 'query'>): Promise<T.PostBookSeriesSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postBookSeriesSearch;
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
            (options: RequestOptions & Pick<T.GetCharacterParameters, 'query'>): Promise<T.GetCharacterResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getCharacter;
        };
        /**
         * `/character/search`
         */
        readonly search: {
            /**
             * `GET /character/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetCharacterSearchParameters, 'query'>): Promise<T.GetCharacterSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getCharacterSearch;
            };
            /**
             * `POST /character/search`
             */
            readonly post: {
                (body?: T.PostCharacterSearchRequestBody, options?: RequestOptions & Pick<T.PostCharacterSearchParameters, 'query'>): Promise<T.PostCharacterSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postCharacterSearch;
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
            (options: RequestOptions & Pick<T.GetComicCollectionParameters, 'query'>): Promise<T.GetComicCollectionResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getComicCollection;
        };
        /**
         * `/comicCollection/search`
         */
        readonly search: {
            /**
             * `GET /comicCollection/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetComicCollectionSearchParameters, 'query'>): Promise<T.GetComicCollectionSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getComicCollectionSearch;
            };
            /**
             * `POST /comicCollection/search`
             */
            readonly post: {
                (body?: T.PostComicCollectionSearchRequestBody, options?: RequestOptions & Pick<T.PostComicCollectionSearchParameters, 'query'>): Promise<T.PostComicCollectionSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postComicCollectionSearch;
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
            (options: RequestOptions & Pick<T.GetComicSeriesParameters, 'query'>): Promise<T.GetComicSeriesResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getComicSeries;
        };
        /**
         * `/comicSeries/search`
         */
        readonly search: {
            /**
             * `GET /comicSeries/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetComicSeriesSearchParameters, 'query'>): Promise<T.GetComicSeriesSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getComicSeriesSearch;
            };
            /**
             * `POST /comicSeries/search`
             */
            readonly post: {
                (body?: T.PostComicSeriesSearchRequestBody, options?: RequestOptions & Pick<T.PostComicSeriesSearchParameters, 'query'>): Promise<T.PostComicSeriesSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postComicSeriesSearch;
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
            (options: RequestOptions & Pick<T.GetComicStripParameters, 'query'>): Promise<T.GetComicStripResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getComicStrip;
        };
        /**
         * `/comicStrip/search`
         */
        readonly search: {
            /**
             * `GET /comicStrip/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetComicStripSearchParameters, 'query'>): Promise<T.GetComicStripSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getComicStripSearch;
            };
            /**
             * `POST /comicStrip/search`
             */
            readonly post: {
                (body?: T.PostComicStripSearchRequestBody, options?: RequestOptions & Pick<T.PostComicStripSearchParameters, 'query'>): Promise<T.PostComicStripSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postComicStripSearch;
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
            (options: RequestOptions & Pick<T.GetComicsParameters, 'query'>): Promise<T.GetComicsResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getComics;
        };
        /**
         * `/comics/search`
         */
        readonly search: {
            /**
             * `GET /comics/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetComicsSearchParameters, 'query'>): Promise<T.GetComicsSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getComicsSearch;
            };
            /**
             * `POST /comics/search`
             */
            readonly post: {
                (body?: T.PostComicsSearchRequestBody, options?: RequestOptions & Pick<T.PostComicsSearchParameters, 'query'>): Promise<T.PostComicsSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postComicsSearch;
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
            (options: RequestOptions & Pick<T.GetCompanyParameters, 'query'>): Promise<T.GetCompanyResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getCompany;
        };
        /**
         * `/company/search`
         */
        readonly search: {
            /**
             * `GET /company/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetCompanySearchParameters, 'query'>): Promise<T.GetCompanySearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getCompanySearch;
            };
            /**
             * `POST /company/search`
             */
            readonly post: {
                (body?: T.PostCompanySearchRequestBody, options?: RequestOptions & Pick<T.PostCompanySearchParameters, 'query'>): Promise<T.PostCompanySearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postCompanySearch;
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
            (options: RequestOptions & Pick<T.GetConflictParameters, 'query'>): Promise<T.GetConflictResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getConflict;
        };
        /**
         * `/conflict/search`
         */
        readonly search: {
            /**
             * `GET /conflict/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetConflictSearchParameters, 'query'>): Promise<T.GetConflictSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getConflictSearch;
            };
            /**
             * `POST /conflict/search`
             */
            readonly post: {
                (body?: T.PostConflictSearchRequestBody, options?: RequestOptions & Pick<T.PostConflictSearchParameters, 'query'>): Promise<T.PostConflictSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postConflictSearch;
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
            (options: RequestOptions & Pick<T.GetElementParameters, 'query'>): Promise<T.GetElementResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getElement;
        };
        /**
         * `/element/search`
         */
        readonly search: {
            /**
             * `GET /element/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetElementSearchParameters, 'query'>): Promise<T.GetElementSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getElementSearch;
            };
            /**
             * `POST /element/search`
             */
            readonly post: {
                (body?: T.PostElementSearchRequestBody, options?: RequestOptions & Pick<T.PostElementSearchParameters, 'query'>): Promise<T.PostElementSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postElementSearch;
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
            (options: RequestOptions & Pick<T.GetEpisodeParameters, 'query'>): Promise<T.GetEpisodeResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getEpisode;
        };
        /**
         * `/episode/search`
         */
        readonly search: {
            /**
             * `GET /episode/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetEpisodeSearchParameters, 'query'>): Promise<T.GetEpisodeSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getEpisodeSearch;
            };
            /**
             * `POST /episode/search`
             */
            readonly post: {
                (body?: T.PostEpisodeSearchRequestBody, options?: RequestOptions & Pick<T.PostEpisodeSearchParameters, 'query'>): Promise<T.PostEpisodeSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postEpisodeSearch;
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
        };
        /**
         * `/food/search`
         */
        readonly search: {
            /**
             * `GET /food/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetFoodSearchParameters, 'query'>): Promise<T.GetFoodSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getFoodSearch;
            };
            /**
             * `POST /food/search`
             */
            readonly post: {
                (body?: T.PostFoodSearchRequestBody, options?: RequestOptions & Pick<T.PostFoodSearchParameters, 'query'>): Promise<T.PostFoodSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postFoodSearch;
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
            (options: RequestOptions & Pick<T.GetLiteratureParameters, 'query'>): Promise<T.GetLiteratureResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getLiterature;
        };
        /**
         * `/literature/search`
         */
        readonly search: {
            /**
             * `GET /literature/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetLiteratureSearchParameters, 'query'>): Promise<T.GetLiteratureSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getLiteratureSearch;
            };
            /**
             * `POST /literature/search`
             */
            readonly post: {
                (body?: T.PostLiteratureSearchRequestBody, options?: RequestOptions & Pick<T.PostLiteratureSearchParameters, 'query'>): Promise<T.PostLiteratureSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postLiteratureSearch;
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
            (options: RequestOptions & Pick<T.GetLocationParameters, 'query'>): Promise<T.GetLocationResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getLocation;
        };
        /**
         * `/location/search`
         */
        readonly search: {
            /**
             * `GET /location/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetLocationSearchParameters, 'query'>): Promise<T.GetLocationSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getLocationSearch;
            };
            /**
             * `POST /location/search`
             */
            readonly post: {
                (body?: T.PostLocationSearchRequestBody, options?: RequestOptions & Pick<T.PostLocationSearchParameters, 'query'>): Promise<T.PostLocationSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postLocationSearch;
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
            (options: RequestOptions & Pick<T.GetMagazineParameters, 'query'>): Promise<T.GetMagazineResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getMagazine;
        };
        /**
         * `/magazine/search`
         */
        readonly search: {
            /**
             * `GET /magazine/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetMagazineSearchParameters, 'query'>): Promise<T.GetMagazineSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getMagazineSearch;
            };
            /**
             * `POST /magazine/search`
             */
            readonly post: {
                (body?: T.PostMagazineSearchRequestBody, options?: RequestOptions & Pick<T.PostMagazineSearchParameters, 'query'>): Promise<T.PostMagazineSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postMagazineSearch;
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
            (options: RequestOptions & Pick<T.GetMagazineSeriesParameters, 'query'>): Promise<T.GetMagazineSeriesResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getMagazineSeries;
        };
        /**
         * `/magazineSeries/search`
         */
        readonly search: {
            /**
             * `GET /magazineSeries/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetMagazineSeriesSearchParameters, 'query'>): Promise<T.GetMagazineSeriesSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getMagazineSeriesSearch;
            };
            /**
             * `POST /magazineSeries/search`
             */
            readonly post: {
                (body?: T.PostMagazineSeriesSearchRequestBody, options?: RequestOptions & Pick<T.PostMagazineSeriesSearchParameters, 'query'>): Promise<T.PostMagazineSeriesSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postMagazineSeriesSearch;
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
            (options: RequestOptions & Pick<T.GetMaterialParameters, 'query'>): Promise<T.GetMaterialResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getMaterial;
        };
        /**
         * `/material/search`
         */
        readonly search: {
            /**
             * `GET /material/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetMaterialSearchParameters, 'query'>): Promise<T.GetMaterialSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getMaterialSearch;
            };
            /**
             * `POST /material/search`
             */
            readonly post: {
                (body?: T.PostMaterialSearchRequestBody, options?: RequestOptions & Pick<T.PostMaterialSearchParameters, 'query'>): Promise<T.PostMaterialSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postMaterialSearch;
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
            (options: RequestOptions & Pick<T.GetMedicalConditionParameters, 'query'>): Promise<T.GetMedicalConditionResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getMedicalCondition;
        };
        /**
         * `/medicalCondition/search`
         */
        readonly search: {
            /**
             * `GET /medicalCondition/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetMedicalConditionSearchParameters, 'query'>): Promise<T.GetMedicalConditionSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getMedicalConditionSearch;
            };
            /**
             * `POST /medicalCondition/search`
             */
            readonly post: {
                (body?: T.PostMedicalConditionSearchRequestBody, options?: RequestOptions & Pick<T.PostMedicalConditionSearchParameters, 'query'>): Promise<T.PostMedicalConditionSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postMedicalConditionSearch;
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
        };
        /**
         * `/movie/search`
         */
        readonly search: {
            /**
             * `GET /movie/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetMovieSearchParameters, 'query'>): Promise<T.GetMovieSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getMovieSearch;
            };
            /**
             * `POST /movie/search`
             */
            readonly post: {
                (body?: T.PostMovieSearchRequestBody, options?: RequestOptions & Pick<T.PostMovieSearchParameters, 'query'>): Promise<T.PostMovieSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postMovieSearch;
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
            (options: RequestOptions & Pick<T.GetOccupationParameters, 'query'>): Promise<T.GetOccupationResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getOccupation;
        };
        /**
         * `/occupation/search`
         */
        readonly search: {
            /**
             * `GET /occupation/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetOccupationSearchParameters, 'query'>): Promise<T.GetOccupationSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getOccupationSearch;
            };
            /**
             * `POST /occupation/search`
             */
            readonly post: {
                (body?: T.PostOccupationSearchRequestBody, options?: RequestOptions & Pick<T.PostOccupationSearchParameters, 'query'>): Promise<T.PostOccupationSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postOccupationSearch;
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
            (options: RequestOptions & Pick<T.GetOrganizationParameters, 'query'>): Promise<T.GetOrganizationResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getOrganization;
        };
        /**
         * `/organization/search`
         */
        readonly search: {
            /**
             * `GET /organization/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetOrganizationSearchParameters, 'query'>): Promise<T.GetOrganizationSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getOrganizationSearch;
            };
            /**
             * `POST /organization/search`
             */
            readonly post: {
                (body?: T.PostOrganizationSearchRequestBody, options?: RequestOptions & Pick<T.PostOrganizationSearchParameters, 'query'>): Promise<T.PostOrganizationSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postOrganizationSearch;
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
            (options: RequestOptions & Pick<T.GetPerformerParameters, 'query'>): Promise<T.GetPerformerResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getPerformer;
        };
        /**
         * `/performer/search`
         */
        readonly search: {
            /**
             * `GET /performer/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetPerformerSearchParameters, 'query'>): Promise<T.GetPerformerSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getPerformerSearch;
            };
            /**
             * `POST /performer/search`
             */
            readonly post: {
                (body?: T.PostPerformerSearchRequestBody, options?: RequestOptions & Pick<T.PostPerformerSearchParameters, 'query'>): Promise<T.PostPerformerSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postPerformerSearch;
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
            (options: RequestOptions & Pick<T.GetSeasonParameters, 'query'>): Promise<T.GetSeasonResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getSeason;
        };
        /**
         * `/season/search`
         */
        readonly search: {
            /**
             * `GET /season/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetSeasonSearchParameters, 'query'>): Promise<T.GetSeasonSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getSeasonSearch;
            };
            /**
             * `POST /season/search`
             */
            readonly post: {
                (body?: T.PostSeasonSearchRequestBody, options?: RequestOptions & Pick<T.PostSeasonSearchParameters, 'query'>): Promise<T.PostSeasonSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postSeasonSearch;
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
            (options: RequestOptions & Pick<T.GetSeriesParameters, 'query'>): Promise<T.GetSeriesResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getSeries;
        };
        /**
         * `/series/search`
         */
        readonly search: {
            /**
             * `GET /series/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetSeriesSearchParameters, 'query'>): Promise<T.GetSeriesSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getSeriesSearch;
            };
            /**
             * `POST /series/search`
             */
            readonly post: {
                (body?: T.PostSeriesSearchRequestBody, options?: RequestOptions & Pick<T.PostSeriesSearchParameters, 'query'>): Promise<T.PostSeriesSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postSeriesSearch;
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
            (options: RequestOptions & Pick<T.GetSoundtrackParameters, 'query'>): Promise<T.GetSoundtrackResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getSoundtrack;
        };
        /**
         * `/soundtrack/search`
         */
        readonly search: {
            /**
             * `GET /soundtrack/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetSoundtrackSearchParameters, 'query'>): Promise<T.GetSoundtrackSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getSoundtrackSearch;
            };
            /**
             * `POST /soundtrack/search`
             */
            readonly post: {
                (body?: T.PostSoundtrackSearchRequestBody, options?: RequestOptions & Pick<T.PostSoundtrackSearchParameters, 'query'>): Promise<T.PostSoundtrackSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postSoundtrackSearch;
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
            (options: RequestOptions & Pick<T.GetSpacecraftParameters, 'query'>): Promise<T.GetSpacecraftResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getSpacecraft;
        };
        /**
         * `/spacecraft/search`
         */
        readonly search: {
            /**
             * `GET /spacecraft/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetSpacecraftSearchParameters, 'query'>): Promise<T.GetSpacecraftSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getSpacecraftSearch;
            };
            /**
             * `POST /spacecraft/search`
             */
            readonly post: {
                (body?: T.PostSpacecraftSearchRequestBody, options?: RequestOptions & Pick<T.PostSpacecraftSearchParameters, 'query'>): Promise<T.PostSpacecraftSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postSpacecraftSearch;
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
            (options: RequestOptions & Pick<T.GetSpacecraftClassParameters, 'query'>): Promise<T.GetSpacecraftClassResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getSpacecraftClass;
        };
        /**
         * `/spacecraftClass/search`
         */
        readonly search: {
            /**
             * `GET /spacecraftClass/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetSpacecraftClassSearchParameters, 'query'>): Promise<T.GetSpacecraftClassSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getSpacecraftClassSearch;
            };
            /**
             * `POST /spacecraftClass/search`
             */
            readonly post: {
                (body?: T.PostSpacecraftClassSearchRequestBody, options?: RequestOptions & Pick<T.PostSpacecraftClassSearchParameters, 'query'>): Promise<T.PostSpacecraftClassSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postSpacecraftClassSearch;
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
            (options: RequestOptions & Pick<T.GetSpeciesParameters, 'query'>): Promise<T.GetSpeciesResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getSpecies;
        };
        /**
         * `/species/search`
         */
        readonly search: {
            /**
             * `GET /species/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetSpeciesSearchParameters, 'query'>): Promise<T.GetSpeciesSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getSpeciesSearch;
            };
            /**
             * `POST /species/search`
             */
            readonly post: {
                (body?: T.PostSpeciesSearchRequestBody, options?: RequestOptions & Pick<T.PostSpeciesSearchParameters, 'query'>): Promise<T.PostSpeciesSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postSpeciesSearch;
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
        };
        /**
         * `/staff/search`
         */
        readonly search: {
            /**
             * `GET /staff/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetStaffSearchParameters, 'query'>): Promise<T.GetStaffSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getStaffSearch;
            };
            /**
             * `POST /staff/search`
             */
            readonly post: {
                (body?: T.PostStaffSearchRequestBody, options?: RequestOptions & Pick<T.PostStaffSearchParameters, 'query'>): Promise<T.PostStaffSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postStaffSearch;
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
            (options: RequestOptions & Pick<T.GetTechnologyParameters, 'query'>): Promise<T.GetTechnologyResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getTechnology;
        };
        /**
         * `/technology/search`
         */
        readonly search: {
            /**
             * `GET /technology/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetTechnologySearchParameters, 'query'>): Promise<T.GetTechnologySearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getTechnologySearch;
            };
            /**
             * `POST /technology/search`
             */
            readonly post: {
                (body?: T.PostTechnologySearchRequestBody, options?: RequestOptions & Pick<T.PostTechnologySearchParameters, 'query'>): Promise<T.PostTechnologySearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postTechnologySearch;
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
        };
        /**
         * `/title/search`
         */
        readonly search: {
            /**
             * `GET /title/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetTitleSearchParameters, 'query'>): Promise<T.GetTitleSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getTitleSearch;
            };
            /**
             * `POST /title/search`
             */
            readonly post: {
                (body?: T.PostTitleSearchRequestBody, options?: RequestOptions & Pick<T.PostTitleSearchParameters, 'query'>): Promise<T.PostTitleSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postTitleSearch;
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
            (options: RequestOptions & Pick<T.GetTradingCardParameters, 'query'>): Promise<T.GetTradingCardResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getTradingCard;
        };
        /**
         * `/tradingCard/search`
         */
        readonly search: {
            /**
             * `GET /tradingCard/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetTradingCardSearchParameters, 'query'>): Promise<T.GetTradingCardSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getTradingCardSearch;
            };
            /**
             * `POST /tradingCard/search`
             */
            readonly post: {
                (body?: T.PostTradingCardSearchRequestBody, options?: RequestOptions & Pick<T.PostTradingCardSearchParameters, 'query'>): Promise<T.PostTradingCardSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postTradingCardSearch;
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
            (options: RequestOptions & Pick<T.GetTradingCardDeckParameters, 'query'>): Promise<T.GetTradingCardDeckResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getTradingCardDeck;
        };
        /**
         * `/tradingCardDeck/search`
         */
        readonly search: {
            /**
             * `GET /tradingCardDeck/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetTradingCardDeckSearchParameters, 'query'>): Promise<T.GetTradingCardDeckSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getTradingCardDeckSearch;
            };
            /**
             * `POST /tradingCardDeck/search`
             */
            readonly post: {
                (body?: T.PostTradingCardDeckSearchRequestBody, options?: RequestOptions & Pick<T.PostTradingCardDeckSearchParameters, 'query'>): Promise<T.PostTradingCardDeckSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postTradingCardDeckSearch;
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
            (options: RequestOptions & Pick<T.GetTradingCardSetParameters, 'query'>): Promise<T.GetTradingCardSetResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getTradingCardSet;
        };
        /**
         * `/tradingCardSet/search`
         */
        readonly search: {
            /**
             * `GET /tradingCardSet/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetTradingCardSetSearchParameters, 'query'>): Promise<T.GetTradingCardSetSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getTradingCardSetSearch;
            };
            /**
             * `POST /tradingCardSet/search`
             */
            readonly post: {
                (body?: T.PostTradingCardSetSearchRequestBody, options?: RequestOptions & Pick<T.PostTradingCardSetSearchParameters, 'query'>): Promise<T.PostTradingCardSetSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postTradingCardSetSearch;
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
            (options: RequestOptions & Pick<T.GetVideoGameParameters, 'query'>): Promise<T.GetVideoGameResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getVideoGame;
        };
        /**
         * `/videoGame/search`
         */
        readonly search: {
            /**
             * `GET /videoGame/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetVideoGameSearchParameters, 'query'>): Promise<T.GetVideoGameSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getVideoGameSearch;
            };
            /**
             * `POST /videoGame/search`
             */
            readonly post: {
                (body?: T.PostVideoGameSearchRequestBody, options?: RequestOptions & Pick<T.PostVideoGameSearchParameters, 'query'>): Promise<T.PostVideoGameSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postVideoGameSearch;
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
            (options: RequestOptions & Pick<T.GetVideoReleaseParameters, 'query'>): Promise<T.GetVideoReleaseResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getVideoRelease;
        };
        /**
         * `/videoRelease/search`
         */
        readonly search: {
            /**
             * `GET /videoRelease/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetVideoReleaseSearchParameters, 'query'>): Promise<T.GetVideoReleaseSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getVideoReleaseSearch;
            };
            /**
             * `POST /videoRelease/search`
             */
            readonly post: {
                (body?: T.PostVideoReleaseSearchRequestBody, options?: RequestOptions & Pick<T.PostVideoReleaseSearchParameters, 'query'>): Promise<T.PostVideoReleaseSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postVideoReleaseSearch;
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
            (options: RequestOptions & Pick<T.GetWeaponParameters, 'query'>): Promise<T.GetWeaponResponse>;
            /** Who may call this operation. */
            readonly permissions: typeof permissions.getWeapon;
        };
        /**
         * `/weapon/search`
         */
        readonly search: {
            /**
             * `GET /weapon/search`
             */
            readonly get: {
                (options?: RequestOptions & Pick<T.GetWeaponSearchParameters, 'query'>): Promise<T.GetWeaponSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.getWeaponSearch;
            };
            /**
             * `POST /weapon/search`
             */
            readonly post: {
                (body?: T.PostWeaponSearchRequestBody, options?: RequestOptions & Pick<T.PostWeaponSearchParameters, 'query'>): Promise<T.PostWeaponSearchResponse>;
                /** Who may call this operation. */
                readonly permissions: typeof permissions.postWeaponSearch;
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
