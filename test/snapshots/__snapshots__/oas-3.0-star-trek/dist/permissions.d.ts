/**
 * Permission types: `DelegatedWork` (delegated, work or school account),
 * `DelegatedPersonal` (delegated, personal account) and `Application` (app-only).
 */
export type PermissionScheme = 'DelegatedWork' | 'DelegatedPersonal' | 'Application';

/** The tenant id (`tid`) of personal accounts: a delegated token with it is `DelegatedPersonal`. */
export declare const PERSONAL_ACCOUNT_TENANT_ID = '9188040d-6c67-4c5b-b112-36a304b66dad';

/**
 * An entry of a scope list: a scope that suffices alone, or (an array) scopes needed together, as a
 * table cell "Policy.Read.All and Application.ReadWrite.All" says.
 */
export type ScopeRequirement = string | readonly string[];

/** One context of a permission type whose scopes "vary by context". */
export interface ContextPermissions {
  /** Acceptable entries in the order of the spec's permission table; any one suffices. */
  readonly scopes: readonly ScopeRequirement[];
  readonly leastPrivileged: ScopeRequirement;
}

/** What one permission type accepts for an operation. */
export type SchemePermissions =
  | { readonly supported: false }
  | {
      readonly supported: true;
      /** Acceptable entries in the order of the spec's permission table; any one suffices. */
      readonly scopes: readonly ScopeRequirement[];
      readonly leastPrivileged: ScopeRequirement;
    }
  | {
      readonly supported: true;
      /** Every context's entries, in table order; any one suffices when the context is not known. */
      readonly scopes: readonly ScopeRequirement[];
      readonly contexts: { readonly [context: string]: ContextPermissions };
    };

/** Who may call one operation. */
export interface OperationPermissions {
  readonly operation: string;
  readonly method: string;
  readonly path: string;
  /** The page the permission table comes from, when the spec names it. */
  readonly source: string | null;
  /**
   * `x-permissions`: the spec carries the permission table (`schemes`). `security`: only the
   * OpenAPI security scopes are known; which permission types accept them is not (`schemes: null`).
   */
  readonly basis: 'x-permissions' | 'security';
  /** `none`: anyone may call; `token`: any authenticated caller; `scope`: one of `scopes` is needed. */
  readonly authentication: 'none' | 'token' | 'scope';
  /** Every scope that can allow the call (alone, or with the others of its entry). */
  readonly scopes: readonly string[];
  /** For `basis: 'security'`: the requirements, any one of which suffices; each lists scopes needed together. */
  readonly requirements?: readonly (readonly string[])[];
  readonly schemes: { readonly [S in PermissionScheme]: SchemePermissions } | null;
}

/**
 * The exact type of the permission table, written out (not inferred) so the module's declarations
 * stay explicit and small enough for the compiler at any number of operations. (A type literal,
 * not an interface: it must be assignable to an index signature.)
 */
export type PermissionTableType = {
  /**
   * GET /animal
   */
  readonly getAnimal: {
    readonly operation: 'getAnimal';
    readonly method: 'GET';
    readonly path: '/animal';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /animal/search
   */
  readonly getAnimalSearch: {
    readonly operation: 'getAnimalSearch';
    readonly method: 'GET';
    readonly path: '/animal/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /animal/search
   */
  readonly postAnimalSearch: {
    readonly operation: 'postAnimalSearch';
    readonly method: 'POST';
    readonly path: '/animal/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /astronomicalObject
   */
  readonly getAstronomicalObject: {
    readonly operation: 'getAstronomicalObject';
    readonly method: 'GET';
    readonly path: '/astronomicalObject';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /astronomicalObject/search
   */
  readonly getAstronomicalObjectSearch: {
    readonly operation: 'getAstronomicalObjectSearch';
    readonly method: 'GET';
    readonly path: '/astronomicalObject/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /astronomicalObject/search
   */
  readonly postAstronomicalObjectSearch: {
    readonly operation: 'postAstronomicalObjectSearch';
    readonly method: 'POST';
    readonly path: '/astronomicalObject/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /book
   */
  readonly getBook: {
    readonly operation: 'getBook';
    readonly method: 'GET';
    readonly path: '/book';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /book/search
   */
  readonly getBookSearch: {
    readonly operation: 'getBookSearch';
    readonly method: 'GET';
    readonly path: '/book/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /book/search
   */
  readonly postBookSearch: {
    readonly operation: 'postBookSearch';
    readonly method: 'POST';
    readonly path: '/book/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /bookCollection
   */
  readonly getBookCollection: {
    readonly operation: 'getBookCollection';
    readonly method: 'GET';
    readonly path: '/bookCollection';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /bookCollection/search
   */
  readonly getBookCollectionSearch: {
    readonly operation: 'getBookCollectionSearch';
    readonly method: 'GET';
    readonly path: '/bookCollection/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /bookCollection/search
   */
  readonly postBookCollectionSearch: {
    readonly operation: 'postBookCollectionSearch';
    readonly method: 'POST';
    readonly path: '/bookCollection/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /bookSeries
   */
  readonly getBookSeries: {
    readonly operation: 'getBookSeries';
    readonly method: 'GET';
    readonly path: '/bookSeries';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /bookSeries/search
   */
  readonly getBookSeriesSearch: {
    readonly operation: 'getBookSeriesSearch';
    readonly method: 'GET';
    readonly path: '/bookSeries/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /bookSeries/search
   */
  readonly postBookSeriesSearch: {
    readonly operation: 'postBookSeriesSearch';
    readonly method: 'POST';
    readonly path: '/bookSeries/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /character
   */
  readonly getCharacter: {
    readonly operation: 'getCharacter';
    readonly method: 'GET';
    readonly path: '/character';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /character/search
   */
  readonly getCharacterSearch: {
    readonly operation: 'getCharacterSearch';
    readonly method: 'GET';
    readonly path: '/character/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /character/search
   */
  readonly postCharacterSearch: {
    readonly operation: 'postCharacterSearch';
    readonly method: 'POST';
    readonly path: '/character/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /comicCollection
   */
  readonly getComicCollection: {
    readonly operation: 'getComicCollection';
    readonly method: 'GET';
    readonly path: '/comicCollection';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /comicCollection/search
   */
  readonly getComicCollectionSearch: {
    readonly operation: 'getComicCollectionSearch';
    readonly method: 'GET';
    readonly path: '/comicCollection/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /comicCollection/search
   */
  readonly postComicCollectionSearch: {
    readonly operation: 'postComicCollectionSearch';
    readonly method: 'POST';
    readonly path: '/comicCollection/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /comicSeries
   */
  readonly getComicSeries: {
    readonly operation: 'getComicSeries';
    readonly method: 'GET';
    readonly path: '/comicSeries';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /comicSeries/search
   */
  readonly getComicSeriesSearch: {
    readonly operation: 'getComicSeriesSearch';
    readonly method: 'GET';
    readonly path: '/comicSeries/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /comicSeries/search
   */
  readonly postComicSeriesSearch: {
    readonly operation: 'postComicSeriesSearch';
    readonly method: 'POST';
    readonly path: '/comicSeries/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /comicStrip
   */
  readonly getComicStrip: {
    readonly operation: 'getComicStrip';
    readonly method: 'GET';
    readonly path: '/comicStrip';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /comicStrip/search
   */
  readonly getComicStripSearch: {
    readonly operation: 'getComicStripSearch';
    readonly method: 'GET';
    readonly path: '/comicStrip/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /comicStrip/search
   */
  readonly postComicStripSearch: {
    readonly operation: 'postComicStripSearch';
    readonly method: 'POST';
    readonly path: '/comicStrip/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /comics
   */
  readonly getComics: {
    readonly operation: 'getComics';
    readonly method: 'GET';
    readonly path: '/comics';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /comics/search
   */
  readonly getComicsSearch: {
    readonly operation: 'getComicsSearch';
    readonly method: 'GET';
    readonly path: '/comics/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /comics/search
   */
  readonly postComicsSearch: {
    readonly operation: 'postComicsSearch';
    readonly method: 'POST';
    readonly path: '/comics/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /company
   */
  readonly getCompany: {
    readonly operation: 'getCompany';
    readonly method: 'GET';
    readonly path: '/company';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /company/search
   */
  readonly getCompanySearch: {
    readonly operation: 'getCompanySearch';
    readonly method: 'GET';
    readonly path: '/company/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /company/search
   */
  readonly postCompanySearch: {
    readonly operation: 'postCompanySearch';
    readonly method: 'POST';
    readonly path: '/company/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /conflict
   */
  readonly getConflict: {
    readonly operation: 'getConflict';
    readonly method: 'GET';
    readonly path: '/conflict';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /conflict/search
   */
  readonly getConflictSearch: {
    readonly operation: 'getConflictSearch';
    readonly method: 'GET';
    readonly path: '/conflict/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /conflict/search
   */
  readonly postConflictSearch: {
    readonly operation: 'postConflictSearch';
    readonly method: 'POST';
    readonly path: '/conflict/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /element
   */
  readonly getElement: {
    readonly operation: 'getElement';
    readonly method: 'GET';
    readonly path: '/element';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /element/search
   */
  readonly getElementSearch: {
    readonly operation: 'getElementSearch';
    readonly method: 'GET';
    readonly path: '/element/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /element/search
   */
  readonly postElementSearch: {
    readonly operation: 'postElementSearch';
    readonly method: 'POST';
    readonly path: '/element/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /episode
   */
  readonly getEpisode: {
    readonly operation: 'getEpisode';
    readonly method: 'GET';
    readonly path: '/episode';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /episode/search
   */
  readonly getEpisodeSearch: {
    readonly operation: 'getEpisodeSearch';
    readonly method: 'GET';
    readonly path: '/episode/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /episode/search
   */
  readonly postEpisodeSearch: {
    readonly operation: 'postEpisodeSearch';
    readonly method: 'POST';
    readonly path: '/episode/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /food
   */
  readonly getFood: {
    readonly operation: 'getFood';
    readonly method: 'GET';
    readonly path: '/food';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /food/search
   */
  readonly getFoodSearch: {
    readonly operation: 'getFoodSearch';
    readonly method: 'GET';
    readonly path: '/food/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /food/search
   */
  readonly postFoodSearch: {
    readonly operation: 'postFoodSearch';
    readonly method: 'POST';
    readonly path: '/food/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /literature
   */
  readonly getLiterature: {
    readonly operation: 'getLiterature';
    readonly method: 'GET';
    readonly path: '/literature';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /literature/search
   */
  readonly getLiteratureSearch: {
    readonly operation: 'getLiteratureSearch';
    readonly method: 'GET';
    readonly path: '/literature/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /literature/search
   */
  readonly postLiteratureSearch: {
    readonly operation: 'postLiteratureSearch';
    readonly method: 'POST';
    readonly path: '/literature/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /location
   */
  readonly getLocation: {
    readonly operation: 'getLocation';
    readonly method: 'GET';
    readonly path: '/location';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /location/search
   */
  readonly getLocationSearch: {
    readonly operation: 'getLocationSearch';
    readonly method: 'GET';
    readonly path: '/location/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /location/search
   */
  readonly postLocationSearch: {
    readonly operation: 'postLocationSearch';
    readonly method: 'POST';
    readonly path: '/location/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /magazine
   */
  readonly getMagazine: {
    readonly operation: 'getMagazine';
    readonly method: 'GET';
    readonly path: '/magazine';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /magazine/search
   */
  readonly getMagazineSearch: {
    readonly operation: 'getMagazineSearch';
    readonly method: 'GET';
    readonly path: '/magazine/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /magazine/search
   */
  readonly postMagazineSearch: {
    readonly operation: 'postMagazineSearch';
    readonly method: 'POST';
    readonly path: '/magazine/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /magazineSeries
   */
  readonly getMagazineSeries: {
    readonly operation: 'getMagazineSeries';
    readonly method: 'GET';
    readonly path: '/magazineSeries';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /magazineSeries/search
   */
  readonly getMagazineSeriesSearch: {
    readonly operation: 'getMagazineSeriesSearch';
    readonly method: 'GET';
    readonly path: '/magazineSeries/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /magazineSeries/search
   */
  readonly postMagazineSeriesSearch: {
    readonly operation: 'postMagazineSeriesSearch';
    readonly method: 'POST';
    readonly path: '/magazineSeries/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /material
   */
  readonly getMaterial: {
    readonly operation: 'getMaterial';
    readonly method: 'GET';
    readonly path: '/material';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /material/search
   */
  readonly getMaterialSearch: {
    readonly operation: 'getMaterialSearch';
    readonly method: 'GET';
    readonly path: '/material/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /material/search
   */
  readonly postMaterialSearch: {
    readonly operation: 'postMaterialSearch';
    readonly method: 'POST';
    readonly path: '/material/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /medicalCondition
   */
  readonly getMedicalCondition: {
    readonly operation: 'getMedicalCondition';
    readonly method: 'GET';
    readonly path: '/medicalCondition';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /medicalCondition/search
   */
  readonly getMedicalConditionSearch: {
    readonly operation: 'getMedicalConditionSearch';
    readonly method: 'GET';
    readonly path: '/medicalCondition/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /medicalCondition/search
   */
  readonly postMedicalConditionSearch: {
    readonly operation: 'postMedicalConditionSearch';
    readonly method: 'POST';
    readonly path: '/medicalCondition/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /movie
   */
  readonly getMovie: {
    readonly operation: 'getMovie';
    readonly method: 'GET';
    readonly path: '/movie';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /movie/search
   */
  readonly getMovieSearch: {
    readonly operation: 'getMovieSearch';
    readonly method: 'GET';
    readonly path: '/movie/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /movie/search
   */
  readonly postMovieSearch: {
    readonly operation: 'postMovieSearch';
    readonly method: 'POST';
    readonly path: '/movie/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /occupation
   */
  readonly getOccupation: {
    readonly operation: 'getOccupation';
    readonly method: 'GET';
    readonly path: '/occupation';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /occupation/search
   */
  readonly getOccupationSearch: {
    readonly operation: 'getOccupationSearch';
    readonly method: 'GET';
    readonly path: '/occupation/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /occupation/search
   */
  readonly postOccupationSearch: {
    readonly operation: 'postOccupationSearch';
    readonly method: 'POST';
    readonly path: '/occupation/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /organization
   */
  readonly getOrganization: {
    readonly operation: 'getOrganization';
    readonly method: 'GET';
    readonly path: '/organization';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /organization/search
   */
  readonly getOrganizationSearch: {
    readonly operation: 'getOrganizationSearch';
    readonly method: 'GET';
    readonly path: '/organization/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /organization/search
   */
  readonly postOrganizationSearch: {
    readonly operation: 'postOrganizationSearch';
    readonly method: 'POST';
    readonly path: '/organization/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /performer
   */
  readonly getPerformer: {
    readonly operation: 'getPerformer';
    readonly method: 'GET';
    readonly path: '/performer';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /performer/search
   */
  readonly getPerformerSearch: {
    readonly operation: 'getPerformerSearch';
    readonly method: 'GET';
    readonly path: '/performer/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /performer/search
   */
  readonly postPerformerSearch: {
    readonly operation: 'postPerformerSearch';
    readonly method: 'POST';
    readonly path: '/performer/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /season
   */
  readonly getSeason: {
    readonly operation: 'getSeason';
    readonly method: 'GET';
    readonly path: '/season';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /season/search
   */
  readonly getSeasonSearch: {
    readonly operation: 'getSeasonSearch';
    readonly method: 'GET';
    readonly path: '/season/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /season/search
   */
  readonly postSeasonSearch: {
    readonly operation: 'postSeasonSearch';
    readonly method: 'POST';
    readonly path: '/season/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /series
   */
  readonly getSeries: {
    readonly operation: 'getSeries';
    readonly method: 'GET';
    readonly path: '/series';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /series/search
   */
  readonly getSeriesSearch: {
    readonly operation: 'getSeriesSearch';
    readonly method: 'GET';
    readonly path: '/series/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /series/search
   */
  readonly postSeriesSearch: {
    readonly operation: 'postSeriesSearch';
    readonly method: 'POST';
    readonly path: '/series/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /soundtrack
   */
  readonly getSoundtrack: {
    readonly operation: 'getSoundtrack';
    readonly method: 'GET';
    readonly path: '/soundtrack';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /soundtrack/search
   */
  readonly getSoundtrackSearch: {
    readonly operation: 'getSoundtrackSearch';
    readonly method: 'GET';
    readonly path: '/soundtrack/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /soundtrack/search
   */
  readonly postSoundtrackSearch: {
    readonly operation: 'postSoundtrackSearch';
    readonly method: 'POST';
    readonly path: '/soundtrack/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /spacecraft
   */
  readonly getSpacecraft: {
    readonly operation: 'getSpacecraft';
    readonly method: 'GET';
    readonly path: '/spacecraft';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /spacecraft/search
   */
  readonly getSpacecraftSearch: {
    readonly operation: 'getSpacecraftSearch';
    readonly method: 'GET';
    readonly path: '/spacecraft/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /spacecraft/search
   */
  readonly postSpacecraftSearch: {
    readonly operation: 'postSpacecraftSearch';
    readonly method: 'POST';
    readonly path: '/spacecraft/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /spacecraftClass
   */
  readonly getSpacecraftClass: {
    readonly operation: 'getSpacecraftClass';
    readonly method: 'GET';
    readonly path: '/spacecraftClass';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /spacecraftClass/search
   */
  readonly getSpacecraftClassSearch: {
    readonly operation: 'getSpacecraftClassSearch';
    readonly method: 'GET';
    readonly path: '/spacecraftClass/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /spacecraftClass/search
   */
  readonly postSpacecraftClassSearch: {
    readonly operation: 'postSpacecraftClassSearch';
    readonly method: 'POST';
    readonly path: '/spacecraftClass/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /species
   */
  readonly getSpecies: {
    readonly operation: 'getSpecies';
    readonly method: 'GET';
    readonly path: '/species';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /species/search
   */
  readonly getSpeciesSearch: {
    readonly operation: 'getSpeciesSearch';
    readonly method: 'GET';
    readonly path: '/species/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /species/search
   */
  readonly postSpeciesSearch: {
    readonly operation: 'postSpeciesSearch';
    readonly method: 'POST';
    readonly path: '/species/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /staff
   */
  readonly getStaff: {
    readonly operation: 'getStaff';
    readonly method: 'GET';
    readonly path: '/staff';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /staff/search
   */
  readonly getStaffSearch: {
    readonly operation: 'getStaffSearch';
    readonly method: 'GET';
    readonly path: '/staff/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /staff/search
   */
  readonly postStaffSearch: {
    readonly operation: 'postStaffSearch';
    readonly method: 'POST';
    readonly path: '/staff/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /technology
   */
  readonly getTechnology: {
    readonly operation: 'getTechnology';
    readonly method: 'GET';
    readonly path: '/technology';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /technology/search
   */
  readonly getTechnologySearch: {
    readonly operation: 'getTechnologySearch';
    readonly method: 'GET';
    readonly path: '/technology/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /technology/search
   */
  readonly postTechnologySearch: {
    readonly operation: 'postTechnologySearch';
    readonly method: 'POST';
    readonly path: '/technology/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /title
   */
  readonly getTitle: {
    readonly operation: 'getTitle';
    readonly method: 'GET';
    readonly path: '/title';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /title/search
   */
  readonly getTitleSearch: {
    readonly operation: 'getTitleSearch';
    readonly method: 'GET';
    readonly path: '/title/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /title/search
   */
  readonly postTitleSearch: {
    readonly operation: 'postTitleSearch';
    readonly method: 'POST';
    readonly path: '/title/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /tradingCard
   */
  readonly getTradingCard: {
    readonly operation: 'getTradingCard';
    readonly method: 'GET';
    readonly path: '/tradingCard';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /tradingCard/search
   */
  readonly getTradingCardSearch: {
    readonly operation: 'getTradingCardSearch';
    readonly method: 'GET';
    readonly path: '/tradingCard/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /tradingCard/search
   */
  readonly postTradingCardSearch: {
    readonly operation: 'postTradingCardSearch';
    readonly method: 'POST';
    readonly path: '/tradingCard/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /tradingCardDeck
   */
  readonly getTradingCardDeck: {
    readonly operation: 'getTradingCardDeck';
    readonly method: 'GET';
    readonly path: '/tradingCardDeck';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /tradingCardDeck/search
   */
  readonly getTradingCardDeckSearch: {
    readonly operation: 'getTradingCardDeckSearch';
    readonly method: 'GET';
    readonly path: '/tradingCardDeck/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /tradingCardDeck/search
   */
  readonly postTradingCardDeckSearch: {
    readonly operation: 'postTradingCardDeckSearch';
    readonly method: 'POST';
    readonly path: '/tradingCardDeck/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /tradingCardSet
   */
  readonly getTradingCardSet: {
    readonly operation: 'getTradingCardSet';
    readonly method: 'GET';
    readonly path: '/tradingCardSet';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /tradingCardSet/search
   */
  readonly getTradingCardSetSearch: {
    readonly operation: 'getTradingCardSetSearch';
    readonly method: 'GET';
    readonly path: '/tradingCardSet/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /tradingCardSet/search
   */
  readonly postTradingCardSetSearch: {
    readonly operation: 'postTradingCardSetSearch';
    readonly method: 'POST';
    readonly path: '/tradingCardSet/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /videoGame
   */
  readonly getVideoGame: {
    readonly operation: 'getVideoGame';
    readonly method: 'GET';
    readonly path: '/videoGame';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /videoGame/search
   */
  readonly getVideoGameSearch: {
    readonly operation: 'getVideoGameSearch';
    readonly method: 'GET';
    readonly path: '/videoGame/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /videoGame/search
   */
  readonly postVideoGameSearch: {
    readonly operation: 'postVideoGameSearch';
    readonly method: 'POST';
    readonly path: '/videoGame/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /videoRelease
   */
  readonly getVideoRelease: {
    readonly operation: 'getVideoRelease';
    readonly method: 'GET';
    readonly path: '/videoRelease';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /videoRelease/search
   */
  readonly getVideoReleaseSearch: {
    readonly operation: 'getVideoReleaseSearch';
    readonly method: 'GET';
    readonly path: '/videoRelease/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /videoRelease/search
   */
  readonly postVideoReleaseSearch: {
    readonly operation: 'postVideoReleaseSearch';
    readonly method: 'POST';
    readonly path: '/videoRelease/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /weapon
   */
  readonly getWeapon: {
    readonly operation: 'getWeapon';
    readonly method: 'GET';
    readonly path: '/weapon';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * GET /weapon/search
   */
  readonly getWeaponSearch: {
    readonly operation: 'getWeaponSearch';
    readonly method: 'GET';
    readonly path: '/weapon/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
  /**
   * POST /weapon/search
   */
  readonly postWeaponSearch: {
    readonly operation: 'postWeaponSearch';
    readonly method: 'POST';
    readonly path: '/weapon/search';
    readonly source: null;
    readonly basis: 'security';
    readonly authentication: 'none';
    readonly scopes: readonly [];
    readonly requirements: readonly [];
    readonly schemes: null;
  };
};

/** `T`, once the compiler has checked that it is a table of {@link OperationPermissions}. */
type Checked<T extends { readonly [operation: string]: OperationPermissions }> = T;

type PermissionTable = Checked<PermissionTableType>;

/** Permission metadata per operation, keyed by operation identifier. Frozen. */
export declare const permissions: PermissionTable;

/** Every operation identifier. */
export type OperationId = keyof PermissionTable;

type SchemesOf<Op extends OperationId> = PermissionTable[Op]['schemes'];

/** A scope that can allow a call to `Op`. */
export type OperationScope<Op extends OperationId> = PermissionTable[Op]['scopes'][number];

/** An entry of `Op`'s scope lists: a scope, or (an array) scopes needed together. */
export type OperationScopeEntry<Op extends OperationId> =
  SchemesOf<Op> extends infer Table
    ? Table extends { readonly [K in PermissionScheme]: unknown }
      ? EntriesOf<Table[PermissionScheme]>
      : OperationScope<Op>
    : never;

type EntriesOf<P> = P extends { readonly scopes: readonly (infer Entry)[] } ? Entry : never;

/** The permission types `Op` supports (every type when the spec does not say). */
export type SupportedScheme<Op extends OperationId> =
  SchemesOf<Op> extends infer Table
    ? Table extends null
      ? PermissionScheme
      : {
          [S in keyof Table]: Table[S] extends { readonly supported: true } ? S : never;
        }[keyof Table] &
          PermissionScheme
    : never;

/** The contexts of permission type `S` of `Op` (never when its scopes do not vary by context). */
export type PermissionContext<
  Op extends OperationId,
  S extends PermissionScheme = PermissionScheme,
> =
  SchemesOf<Op> extends infer Table
    ? Table extends { readonly [K in PermissionScheme]: unknown }
      ? S extends keyof Table
        ? Table[S] extends { readonly contexts: infer Contexts }
          ? keyof Contexts & string
          : never
        : never
      : never
    : never;

/** The scope tuple {@link requiredScopes} returns for `Op`, permission type `S` and context `C`. */
export type RequiredScopes<
  Op extends OperationId,
  S extends PermissionScheme,
  C extends string = never,
> =
  SchemesOf<Op> extends infer Table
    ? Table extends { readonly [K in PermissionScheme]: unknown }
      ? [C] extends [never]
        ? Table[S] extends { readonly scopes: infer Scopes }
          ? Scopes
          : never
        : Table[S] extends { readonly contexts: infer Contexts }
          ? C extends keyof Contexts
            ? Contexts[C] extends { readonly scopes: infer Scopes }
              ? Scopes
              : never
            : never
          : never
      : PermissionTable[Op]['scopes']
    : never;

/** The claims of a decoded access token that decide what it may call (other claims are ignored). */
export interface AccessTokenClaims {
  /** Delegated scopes, space-separated: a delegated (user) token. */
  readonly scp?: string;
  /** App roles: in a token without `scp`, the application permissions of an app-only token. */
  readonly roles?: readonly string[];
  /** Tenant id: {@link PERSONAL_ACCOUNT_TENANT_ID} marks a personal account. */
  readonly tid?: string;
  readonly [claim: string]: unknown;
}

export interface CanCallOptions<Op extends OperationId> {
  /**
   * For a permission type whose scopes vary by context: the context of the call. Without it, a
   * scope of any context is accepted.
   */
  readonly context?: PermissionContext<Op>;
}

/** Why {@link canCall} said no. */
export type CallDenial<Op extends OperationId = OperationId> =
  | {
      readonly allowed: false;
      readonly reason: 'not-authenticated';
      readonly scheme: null;
      readonly acceptable: readonly OperationScopeEntry<Op>[];
    }
  | {
      readonly allowed: false;
      readonly reason: 'scheme-not-supported';
      readonly scheme: PermissionScheme;
      readonly acceptable: readonly [];
    }
  | {
      readonly allowed: false;
      readonly reason: 'missing-scope';
      readonly scheme: PermissionScheme;
      readonly acceptable: readonly OperationScopeEntry<Op>[];
    };

/** The answer of {@link canCall}: allowed, with the permission type and scope that allow it, or why not. */
export type CanCallResult<Op extends OperationId = OperationId> =
  | (PermissionTable[Op]['authentication'] extends 'scope'
      ? {
          readonly allowed: true;
          readonly scheme: SupportedScheme<Op>;
          readonly scope: OperationScopeEntry<Op>;
        }
      : { readonly allowed: true; readonly scheme: PermissionScheme | null; readonly scope: null })
  | CallDenial<Op>;

/**
 * The scopes that allow calling `operation` with permission type `scheme` (and `context`, when its
 * scopes vary by context), in the order of the spec's permission table: any one entry suffices; an
 * entry that is an array lists scopes needed together. Without a context, a
 * "varies by context" type gives every context's scopes. An operation whose spec has no permission
 * table gives its `security` scopes for any type. An unknown operation, type or context, or a type
 * the operation does not support, is a compile error (and a `RangeError` from JavaScript).
 */
export declare function requiredScopes<Op extends OperationId, S extends SupportedScheme<Op>, const C extends PermissionContext<Op, S> = never>(operation: Op, options: { readonly scheme: S; readonly context?: C }): RequiredScopes<Op, S, C>;

/**
 * The permission type of a token from its claims: `scp` makes it delegated (`DelegatedPersonal`
 * when `tid` is the personal-account tenant, else `DelegatedWork`); `roles` without `scp` makes
 * it app-only (`Application`). `undefined` when the claims show no token at all.
 */
export declare function permissionSchemeOf(claims: AccessTokenClaims | null | undefined): PermissionScheme | undefined;

/**
 * May a token with these claims call `operation`? Allowed answers name the permission type and
 * the scope (or the scopes needed together, an array) that allows the call (the least privileged one the token has, in table order; `null`
 * when no scope is needed). Denials say why (`not-authenticated`, `scheme-not-supported`,
 * `missing-scope`) and which scopes would be accepted. Scopes compare exactly (RFC 6749, 3.3).
 */
export declare function canCall<Op extends OperationId>(operation: Op, claims: AccessTokenClaims | null | undefined, options?: CanCallOptions<Op>): CanCallResult<Op>;

export {};
