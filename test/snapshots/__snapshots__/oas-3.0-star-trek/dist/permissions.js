const PERSONAL_ACCOUNT_TENANT_ID = "9188040d-6c67-4c5b-b112-36a304b66dad";
function deepFreeze(value) {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
const permissionTable = {
  /**
   * GET /animal
   */
  getAnimal: {
    operation: "getAnimal",
    method: "GET",
    path: "/animal",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /animal/search
   */
  getAnimalSearch: {
    operation: "getAnimalSearch",
    method: "GET",
    path: "/animal/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /animal/search
   */
  postAnimalSearch: {
    operation: "postAnimalSearch",
    method: "POST",
    path: "/animal/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /astronomicalObject
   */
  getAstronomicalObject: {
    operation: "getAstronomicalObject",
    method: "GET",
    path: "/astronomicalObject",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /astronomicalObject/search
   */
  getAstronomicalObjectSearch: {
    operation: "getAstronomicalObjectSearch",
    method: "GET",
    path: "/astronomicalObject/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /astronomicalObject/search
   */
  postAstronomicalObjectSearch: {
    operation: "postAstronomicalObjectSearch",
    method: "POST",
    path: "/astronomicalObject/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /book
   */
  getBook: {
    operation: "getBook",
    method: "GET",
    path: "/book",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /book/search
   */
  getBookSearch: {
    operation: "getBookSearch",
    method: "GET",
    path: "/book/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /book/search
   */
  postBookSearch: {
    operation: "postBookSearch",
    method: "POST",
    path: "/book/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /bookCollection
   */
  getBookCollection: {
    operation: "getBookCollection",
    method: "GET",
    path: "/bookCollection",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /bookCollection/search
   */
  getBookCollectionSearch: {
    operation: "getBookCollectionSearch",
    method: "GET",
    path: "/bookCollection/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /bookCollection/search
   */
  postBookCollectionSearch: {
    operation: "postBookCollectionSearch",
    method: "POST",
    path: "/bookCollection/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /bookSeries
   */
  getBookSeries: {
    operation: "getBookSeries",
    method: "GET",
    path: "/bookSeries",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /bookSeries/search
   */
  getBookSeriesSearch: {
    operation: "getBookSeriesSearch",
    method: "GET",
    path: "/bookSeries/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /bookSeries/search
   */
  postBookSeriesSearch: {
    operation: "postBookSeriesSearch",
    method: "POST",
    path: "/bookSeries/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /character
   */
  getCharacter: {
    operation: "getCharacter",
    method: "GET",
    path: "/character",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /character/search
   */
  getCharacterSearch: {
    operation: "getCharacterSearch",
    method: "GET",
    path: "/character/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /character/search
   */
  postCharacterSearch: {
    operation: "postCharacterSearch",
    method: "POST",
    path: "/character/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /comicCollection
   */
  getComicCollection: {
    operation: "getComicCollection",
    method: "GET",
    path: "/comicCollection",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /comicCollection/search
   */
  getComicCollectionSearch: {
    operation: "getComicCollectionSearch",
    method: "GET",
    path: "/comicCollection/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /comicCollection/search
   */
  postComicCollectionSearch: {
    operation: "postComicCollectionSearch",
    method: "POST",
    path: "/comicCollection/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /comicSeries
   */
  getComicSeries: {
    operation: "getComicSeries",
    method: "GET",
    path: "/comicSeries",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /comicSeries/search
   */
  getComicSeriesSearch: {
    operation: "getComicSeriesSearch",
    method: "GET",
    path: "/comicSeries/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /comicSeries/search
   */
  postComicSeriesSearch: {
    operation: "postComicSeriesSearch",
    method: "POST",
    path: "/comicSeries/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /comicStrip
   */
  getComicStrip: {
    operation: "getComicStrip",
    method: "GET",
    path: "/comicStrip",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /comicStrip/search
   */
  getComicStripSearch: {
    operation: "getComicStripSearch",
    method: "GET",
    path: "/comicStrip/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /comicStrip/search
   */
  postComicStripSearch: {
    operation: "postComicStripSearch",
    method: "POST",
    path: "/comicStrip/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /comics
   */
  getComics: {
    operation: "getComics",
    method: "GET",
    path: "/comics",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /comics/search
   */
  getComicsSearch: {
    operation: "getComicsSearch",
    method: "GET",
    path: "/comics/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /comics/search
   */
  postComicsSearch: {
    operation: "postComicsSearch",
    method: "POST",
    path: "/comics/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /company
   */
  getCompany: {
    operation: "getCompany",
    method: "GET",
    path: "/company",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /company/search
   */
  getCompanySearch: {
    operation: "getCompanySearch",
    method: "GET",
    path: "/company/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /company/search
   */
  postCompanySearch: {
    operation: "postCompanySearch",
    method: "POST",
    path: "/company/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /conflict
   */
  getConflict: {
    operation: "getConflict",
    method: "GET",
    path: "/conflict",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /conflict/search
   */
  getConflictSearch: {
    operation: "getConflictSearch",
    method: "GET",
    path: "/conflict/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /conflict/search
   */
  postConflictSearch: {
    operation: "postConflictSearch",
    method: "POST",
    path: "/conflict/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /element
   */
  getElement: {
    operation: "getElement",
    method: "GET",
    path: "/element",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /element/search
   */
  getElementSearch: {
    operation: "getElementSearch",
    method: "GET",
    path: "/element/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /element/search
   */
  postElementSearch: {
    operation: "postElementSearch",
    method: "POST",
    path: "/element/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /episode
   */
  getEpisode: {
    operation: "getEpisode",
    method: "GET",
    path: "/episode",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /episode/search
   */
  getEpisodeSearch: {
    operation: "getEpisodeSearch",
    method: "GET",
    path: "/episode/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /episode/search
   */
  postEpisodeSearch: {
    operation: "postEpisodeSearch",
    method: "POST",
    path: "/episode/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /food
   */
  getFood: {
    operation: "getFood",
    method: "GET",
    path: "/food",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /food/search
   */
  getFoodSearch: {
    operation: "getFoodSearch",
    method: "GET",
    path: "/food/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /food/search
   */
  postFoodSearch: {
    operation: "postFoodSearch",
    method: "POST",
    path: "/food/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /literature
   */
  getLiterature: {
    operation: "getLiterature",
    method: "GET",
    path: "/literature",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /literature/search
   */
  getLiteratureSearch: {
    operation: "getLiteratureSearch",
    method: "GET",
    path: "/literature/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /literature/search
   */
  postLiteratureSearch: {
    operation: "postLiteratureSearch",
    method: "POST",
    path: "/literature/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /location
   */
  getLocation: {
    operation: "getLocation",
    method: "GET",
    path: "/location",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /location/search
   */
  getLocationSearch: {
    operation: "getLocationSearch",
    method: "GET",
    path: "/location/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /location/search
   */
  postLocationSearch: {
    operation: "postLocationSearch",
    method: "POST",
    path: "/location/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /magazine
   */
  getMagazine: {
    operation: "getMagazine",
    method: "GET",
    path: "/magazine",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /magazine/search
   */
  getMagazineSearch: {
    operation: "getMagazineSearch",
    method: "GET",
    path: "/magazine/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /magazine/search
   */
  postMagazineSearch: {
    operation: "postMagazineSearch",
    method: "POST",
    path: "/magazine/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /magazineSeries
   */
  getMagazineSeries: {
    operation: "getMagazineSeries",
    method: "GET",
    path: "/magazineSeries",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /magazineSeries/search
   */
  getMagazineSeriesSearch: {
    operation: "getMagazineSeriesSearch",
    method: "GET",
    path: "/magazineSeries/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /magazineSeries/search
   */
  postMagazineSeriesSearch: {
    operation: "postMagazineSeriesSearch",
    method: "POST",
    path: "/magazineSeries/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /material
   */
  getMaterial: {
    operation: "getMaterial",
    method: "GET",
    path: "/material",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /material/search
   */
  getMaterialSearch: {
    operation: "getMaterialSearch",
    method: "GET",
    path: "/material/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /material/search
   */
  postMaterialSearch: {
    operation: "postMaterialSearch",
    method: "POST",
    path: "/material/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /medicalCondition
   */
  getMedicalCondition: {
    operation: "getMedicalCondition",
    method: "GET",
    path: "/medicalCondition",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /medicalCondition/search
   */
  getMedicalConditionSearch: {
    operation: "getMedicalConditionSearch",
    method: "GET",
    path: "/medicalCondition/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /medicalCondition/search
   */
  postMedicalConditionSearch: {
    operation: "postMedicalConditionSearch",
    method: "POST",
    path: "/medicalCondition/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /movie
   */
  getMovie: {
    operation: "getMovie",
    method: "GET",
    path: "/movie",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /movie/search
   */
  getMovieSearch: {
    operation: "getMovieSearch",
    method: "GET",
    path: "/movie/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /movie/search
   */
  postMovieSearch: {
    operation: "postMovieSearch",
    method: "POST",
    path: "/movie/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /occupation
   */
  getOccupation: {
    operation: "getOccupation",
    method: "GET",
    path: "/occupation",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /occupation/search
   */
  getOccupationSearch: {
    operation: "getOccupationSearch",
    method: "GET",
    path: "/occupation/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /occupation/search
   */
  postOccupationSearch: {
    operation: "postOccupationSearch",
    method: "POST",
    path: "/occupation/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /organization
   */
  getOrganization: {
    operation: "getOrganization",
    method: "GET",
    path: "/organization",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /organization/search
   */
  getOrganizationSearch: {
    operation: "getOrganizationSearch",
    method: "GET",
    path: "/organization/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /organization/search
   */
  postOrganizationSearch: {
    operation: "postOrganizationSearch",
    method: "POST",
    path: "/organization/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /performer
   */
  getPerformer: {
    operation: "getPerformer",
    method: "GET",
    path: "/performer",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /performer/search
   */
  getPerformerSearch: {
    operation: "getPerformerSearch",
    method: "GET",
    path: "/performer/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /performer/search
   */
  postPerformerSearch: {
    operation: "postPerformerSearch",
    method: "POST",
    path: "/performer/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /season
   */
  getSeason: {
    operation: "getSeason",
    method: "GET",
    path: "/season",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /season/search
   */
  getSeasonSearch: {
    operation: "getSeasonSearch",
    method: "GET",
    path: "/season/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /season/search
   */
  postSeasonSearch: {
    operation: "postSeasonSearch",
    method: "POST",
    path: "/season/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /series
   */
  getSeries: {
    operation: "getSeries",
    method: "GET",
    path: "/series",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /series/search
   */
  getSeriesSearch: {
    operation: "getSeriesSearch",
    method: "GET",
    path: "/series/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /series/search
   */
  postSeriesSearch: {
    operation: "postSeriesSearch",
    method: "POST",
    path: "/series/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /soundtrack
   */
  getSoundtrack: {
    operation: "getSoundtrack",
    method: "GET",
    path: "/soundtrack",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /soundtrack/search
   */
  getSoundtrackSearch: {
    operation: "getSoundtrackSearch",
    method: "GET",
    path: "/soundtrack/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /soundtrack/search
   */
  postSoundtrackSearch: {
    operation: "postSoundtrackSearch",
    method: "POST",
    path: "/soundtrack/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /spacecraft
   */
  getSpacecraft: {
    operation: "getSpacecraft",
    method: "GET",
    path: "/spacecraft",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /spacecraft/search
   */
  getSpacecraftSearch: {
    operation: "getSpacecraftSearch",
    method: "GET",
    path: "/spacecraft/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /spacecraft/search
   */
  postSpacecraftSearch: {
    operation: "postSpacecraftSearch",
    method: "POST",
    path: "/spacecraft/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /spacecraftClass
   */
  getSpacecraftClass: {
    operation: "getSpacecraftClass",
    method: "GET",
    path: "/spacecraftClass",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /spacecraftClass/search
   */
  getSpacecraftClassSearch: {
    operation: "getSpacecraftClassSearch",
    method: "GET",
    path: "/spacecraftClass/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /spacecraftClass/search
   */
  postSpacecraftClassSearch: {
    operation: "postSpacecraftClassSearch",
    method: "POST",
    path: "/spacecraftClass/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /species
   */
  getSpecies: {
    operation: "getSpecies",
    method: "GET",
    path: "/species",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /species/search
   */
  getSpeciesSearch: {
    operation: "getSpeciesSearch",
    method: "GET",
    path: "/species/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /species/search
   */
  postSpeciesSearch: {
    operation: "postSpeciesSearch",
    method: "POST",
    path: "/species/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /staff
   */
  getStaff: {
    operation: "getStaff",
    method: "GET",
    path: "/staff",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /staff/search
   */
  getStaffSearch: {
    operation: "getStaffSearch",
    method: "GET",
    path: "/staff/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /staff/search
   */
  postStaffSearch: {
    operation: "postStaffSearch",
    method: "POST",
    path: "/staff/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /technology
   */
  getTechnology: {
    operation: "getTechnology",
    method: "GET",
    path: "/technology",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /technology/search
   */
  getTechnologySearch: {
    operation: "getTechnologySearch",
    method: "GET",
    path: "/technology/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /technology/search
   */
  postTechnologySearch: {
    operation: "postTechnologySearch",
    method: "POST",
    path: "/technology/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /title
   */
  getTitle: {
    operation: "getTitle",
    method: "GET",
    path: "/title",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /title/search
   */
  getTitleSearch: {
    operation: "getTitleSearch",
    method: "GET",
    path: "/title/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /title/search
   */
  postTitleSearch: {
    operation: "postTitleSearch",
    method: "POST",
    path: "/title/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /tradingCard
   */
  getTradingCard: {
    operation: "getTradingCard",
    method: "GET",
    path: "/tradingCard",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /tradingCard/search
   */
  getTradingCardSearch: {
    operation: "getTradingCardSearch",
    method: "GET",
    path: "/tradingCard/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /tradingCard/search
   */
  postTradingCardSearch: {
    operation: "postTradingCardSearch",
    method: "POST",
    path: "/tradingCard/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /tradingCardDeck
   */
  getTradingCardDeck: {
    operation: "getTradingCardDeck",
    method: "GET",
    path: "/tradingCardDeck",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /tradingCardDeck/search
   */
  getTradingCardDeckSearch: {
    operation: "getTradingCardDeckSearch",
    method: "GET",
    path: "/tradingCardDeck/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /tradingCardDeck/search
   */
  postTradingCardDeckSearch: {
    operation: "postTradingCardDeckSearch",
    method: "POST",
    path: "/tradingCardDeck/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /tradingCardSet
   */
  getTradingCardSet: {
    operation: "getTradingCardSet",
    method: "GET",
    path: "/tradingCardSet",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /tradingCardSet/search
   */
  getTradingCardSetSearch: {
    operation: "getTradingCardSetSearch",
    method: "GET",
    path: "/tradingCardSet/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /tradingCardSet/search
   */
  postTradingCardSetSearch: {
    operation: "postTradingCardSetSearch",
    method: "POST",
    path: "/tradingCardSet/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /videoGame
   */
  getVideoGame: {
    operation: "getVideoGame",
    method: "GET",
    path: "/videoGame",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /videoGame/search
   */
  getVideoGameSearch: {
    operation: "getVideoGameSearch",
    method: "GET",
    path: "/videoGame/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /videoGame/search
   */
  postVideoGameSearch: {
    operation: "postVideoGameSearch",
    method: "POST",
    path: "/videoGame/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /videoRelease
   */
  getVideoRelease: {
    operation: "getVideoRelease",
    method: "GET",
    path: "/videoRelease",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /videoRelease/search
   */
  getVideoReleaseSearch: {
    operation: "getVideoReleaseSearch",
    method: "GET",
    path: "/videoRelease/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /videoRelease/search
   */
  postVideoReleaseSearch: {
    operation: "postVideoReleaseSearch",
    method: "POST",
    path: "/videoRelease/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /weapon
   */
  getWeapon: {
    operation: "getWeapon",
    method: "GET",
    path: "/weapon",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * GET /weapon/search
   */
  getWeaponSearch: {
    operation: "getWeaponSearch",
    method: "GET",
    path: "/weapon/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  },
  /**
   * POST /weapon/search
   */
  postWeaponSearch: {
    operation: "postWeaponSearch",
    method: "POST",
    path: "/weapon/search",
    source: null,
    basis: "security",
    authentication: "none",
    scopes: [],
    requirements: [],
    schemes: null
  }
};
const permissions = /* @__PURE__ */ deepFreeze(permissionTable);
const table = permissions;
function entryOf(operation) {
  const entry = Object.hasOwn(table, operation) ? table[operation] : void 0;
  if (entry === void 0) throw new RangeError(`unknown operation ${JSON.stringify(operation)}`);
  return entry;
}
function isPermissionScheme(value) {
  return value === "DelegatedWork" || value === "DelegatedPersonal" || value === "Application";
}
function contextScopes(operation, scheme, entry, context) {
  if ("contexts" in entry && Object.hasOwn(entry.contexts, context))
    return entry.contexts[context].scopes;
  throw new RangeError(`${operation}: ${scheme} has no context ${JSON.stringify(context)}`);
}
function requiredScopes(operation, options) {
  const entry = entryOf(operation);
  const scheme = options.scheme;
  if (!isPermissionScheme(scheme))
    throw new RangeError(`unknown permission type ${JSON.stringify(scheme)}`);
  if (entry.schemes === null) return entry.scopes;
  const permitted = entry.schemes[scheme];
  if (!permitted.supported)
    throw new RangeError(`${operation} does not support the ${scheme} permission type`);
  const scopes = options.context === void 0 ? permitted.scopes : contextScopes(operation, scheme, permitted, options.context);
  return scopes;
}
function permissionSchemeOf(claims) {
  if (claims === null || typeof claims !== "object") return void 0;
  if (typeof claims.scp === "string") {
    const tenant = typeof claims.tid === "string" ? claims.tid.toLowerCase() : void 0;
    return tenant === PERSONAL_ACCOUNT_TENANT_ID ? "DelegatedPersonal" : "DelegatedWork";
  }
  if (Array.isArray(claims.roles)) return "Application";
  return void 0;
}
function grantedScopes(claims, scheme) {
  if (scheme !== "Application")
    return new Set((claims.scp ?? "").split(/\s+/).filter((scope) => scope !== ""));
  const roles = Array.isArray(claims.roles) ? claims.roles : [];
  return new Set(roles.filter((role) => typeof role === "string"));
}
function canCall(operation, claims, options = {}) {
  return decide(operation, entryOf(operation), claims, options.context);
}
function decide(operation, entry, claims, context) {
  const scheme = permissionSchemeOf(claims);
  if (entry.authentication === "none")
    return { allowed: true, scheme: scheme ?? null, scope: null };
  if (scheme === void 0 || claims === null || claims === void 0) {
    return { allowed: false, reason: "not-authenticated", scheme: null, acceptable: entry.scopes };
  }
  if (entry.authentication === "token") return { allowed: true, scheme, scope: null };
  const granted = grantedScopes(claims, scheme);
  if (entry.schemes === null) {
    const met = (entry.requirements ?? []).find(
      (scopes) => scopes.every((scope) => granted.has(scope))
    );
    if (met !== void 0) return { allowed: true, scheme, scope: met[0] ?? null };
    return { allowed: false, reason: "missing-scope", scheme, acceptable: entry.scopes };
  }
  const permitted = entry.schemes[scheme];
  if (!permitted.supported)
    return { allowed: false, reason: "scheme-not-supported", scheme, acceptable: [] };
  const acceptable = context !== void 0 && "contexts" in permitted ? contextScopes(operation, scheme, permitted, context) : permitted.scopes;
  for (let i = acceptable.length - 1; i >= 0; i--) {
    const scope = acceptable[i];
    const held = typeof scope === "string" ? granted.has(scope) : scope.every((s) => granted.has(s));
    if (held) return { allowed: true, scheme, scope };
  }
  return { allowed: false, reason: "missing-scope", scheme, acceptable };
}
export {
  PERSONAL_ACCOUNT_TENANT_ID,
  canCall,
  permissionSchemeOf,
  permissions,
  requiredScopes
};
