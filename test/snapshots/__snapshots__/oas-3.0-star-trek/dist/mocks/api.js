import {
  createMockCore
} from "./runtime/core.js";
import {
  validatePostAnimalSearchRequestBody,
  validatePostAstronomicalObjectSearchRequestBody,
  validatePostBookSearchRequestBody,
  validatePostBookCollectionSearchRequestBody,
  validatePostBookSeriesSearchRequestBody,
  validatePostCharacterSearchRequestBody,
  validatePostComicCollectionSearchRequestBody,
  validatePostComicSeriesSearchRequestBody,
  validatePostComicStripSearchRequestBody,
  validatePostComicsSearchRequestBody,
  validatePostCompanySearchRequestBody,
  validatePostConflictSearchRequestBody,
  validatePostElementSearchRequestBody,
  validatePostEpisodeSearchRequestBody,
  validatePostFoodSearchRequestBody,
  validatePostLiteratureSearchRequestBody,
  validatePostLocationSearchRequestBody,
  validatePostMagazineSearchRequestBody,
  validatePostMagazineSeriesSearchRequestBody,
  validatePostMaterialSearchRequestBody,
  validatePostMedicalConditionSearchRequestBody,
  validatePostMovieSearchRequestBody,
  validatePostOccupationSearchRequestBody,
  validatePostOrganizationSearchRequestBody,
  validatePostPerformerSearchRequestBody,
  validatePostSeasonSearchRequestBody,
  validatePostSeriesSearchRequestBody,
  validatePostSoundtrackSearchRequestBody,
  validatePostSpacecraftSearchRequestBody,
  validatePostSpacecraftClassSearchRequestBody,
  validatePostSpeciesSearchRequestBody,
  validatePostStaffSearchRequestBody,
  validatePostTechnologySearchRequestBody,
  validatePostTitleSearchRequestBody,
  validatePostTradingCardSearchRequestBody,
  validatePostTradingCardDeckSearchRequestBody,
  validatePostTradingCardSetSearchRequestBody,
  validatePostVideoGameSearchRequestBody,
  validatePostVideoReleaseSearchRequestBody,
  validatePostWeaponSearchRequestBody
} from "../validators.js";
const MOCK_BASE_URL = "http://stapi.co/api/v1/rest";
const sample$CharacterHeader$4 = { uid: "sierraec", name: "tangotan" };
const sample$OrganizationHeader$4 = { uid: "limadelt", name: "sierraec" };
const sample$SeriesHeader$4 = { uid: "tangosie", title: "novabrav" };
const sample$TradingCardSetHeader$4 = { uid: "alphaalp", name: "limalima" };
const sample$AstronomicalObjectHeader$3 = { uid: "limalima", name: "sierraal" };
const sample$BookBase$3 = {
  uid: "bravoech",
  title: "tangodel",
  publishedYear: 422,
  publishedMonth: 94,
  publishedDay: 777,
  numberOfPages: 403,
  stardateFrom: 374.2,
  stardateTo: 345.1,
  yearFrom: 7,
  yearTo: 54,
  novel: true,
  referenceBook: true,
  biographyBook: true,
  rolePlayingBook: false,
  eBook: true,
  anthology: false,
  novelization: false,
  audiobook: true,
  audiobookAbridged: true,
  audiobookPublishedYear: 54,
  audiobookPublishedMonth: 525,
  audiobookPublishedDay: 399,
  audiobookRunTime: 353,
  productionNumber: "sierrata"
};
const sample$BookSeriesBase$3 = {
  uid: "limaalph",
  title: "deltabra",
  publishedYearFrom: 710,
  publishedMonthFrom: 88,
  publishedYearTo: 558,
  publishedMonthTo: 454,
  numberOfBooks: 333,
  yearFrom: 298,
  yearTo: 470,
  miniseries: false,
  eBookSeries: false
};
const sample$CharacterBase$3 = {
  uid: "alphasie",
  name: "alphalim",
  gender: "F",
  yearOfBirth: 440,
  monthOfBirth: 885,
  dayOfBirth: 421,
  placeOfBirth: "limanova",
  yearOfDeath: 187,
  monthOfDeath: 990,
  dayOfDeath: 918,
  placeOfDeath: "sierrasi",
  height: 673,
  weight: 40,
  deceased: true,
  bloodType: "O_NEGATIVE",
  maritalStatus: "SINGLE",
  serialNumber: "sierrata",
  hologramActivationDate: "echonova",
  hologramStatus: "limabrav",
  hologramDateStatus: "tangotan",
  hologram: true,
  fictionalCharacter: false,
  mirror: false,
  alternateReality: true
};
const sample$ComicSeriesBase$3 = {
  uid: "sierrali",
  title: "alphasie",
  publishedYearFrom: 159,
  publishedMonthFrom: 532,
  publishedDayFrom: 636,
  publishedYearTo: 125,
  publishedMonthTo: 3,
  publishedDayTo: 751,
  numberOfIssues: 374,
  stardateFrom: 506.2,
  stardateTo: 390.5,
  yearFrom: 539,
  yearTo: 306,
  miniseries: true,
  photonovelSeries: true
};
const sample$ComicsBase$3 = {
  uid: "limadelt",
  title: "bravoalp",
  publishedYear: 202,
  publishedMonth: 725,
  publishedDay: 701,
  coverYear: 512,
  coverMonth: 896,
  coverDay: 374,
  numberOfPages: 399,
  stardateFrom: 480.2,
  stardateTo: 770.8,
  yearFrom: 957,
  yearTo: 250,
  photonovel: false,
  adaptation: true
};
const sample$CompanyBase$3 = {
  uid: "alphanov",
  name: "limaecho",
  broadcaster: true,
  collectibleCompany: true,
  conglomerate: true,
  digitalVisualEffectsCompany: false,
  distributor: false,
  gameCompany: false,
  filmEquipmentCompany: true,
  makeUpEffectsStudio: true,
  mattePaintingCompany: false,
  modelAndMiniatureEffectsCompany: true,
  postProductionCompany: true,
  productionCompany: true,
  propCompany: true,
  recordLabel: false,
  specialEffectsCompany: true,
  tvAndFilmProductionCompany: false,
  videoGameCompany: true
};
const sample$CompanyHeader$3 = { uid: "bravodel", name: "sierrano" };
const sample$ContentLanguage$3 = {
  uid: "deltaalp",
  name: "alphatan",
  iso6391Code: "bravoech"
};
const sample$ContentRating$3 = {
  uid: "alphaalp",
  contentRatingSystem: "ADESE",
  rating: "bravodel"
};
const sample$EpisodeBase$3 = {
  uid: "novanova",
  title: "alphaech",
  titleGerman: "alphaalp",
  titleItalian: "bravoalp",
  titleJapanese: "novabrav",
  series: sample$SeriesHeader$4,
  season: { uid: "echolima", title: "tangonov" },
  seasonNumber: 141,
  episodeNumber: 364,
  productionSerialNumber: "deltanov",
  featureLength: true,
  stardateFrom: 271.3,
  stardateTo: 475,
  yearFrom: 405,
  yearTo: 610,
  usAirDate: "2024-09-17",
  finalScriptDate: "2024-10-09"
};
const sample$MovieBase$3 = {
  uid: "deltatan",
  title: "alphanov",
  mainDirector: { uid: "tangobra", name: "novaecho" },
  titleBulgarian: "alphaalp",
  titleCatalan: "deltasie",
  titleChineseTraditional: "deltasie",
  titleGerman: "alphabra",
  titleItalian: "echonova",
  titleJapanese: "alphanov",
  titlePolish: "deltanov",
  titleRussian: "tangolim",
  titleSerbian: "sierraal",
  titleSpanish: "tangobra",
  stardateFrom: 365.1,
  stardateTo: 715.2,
  yearFrom: 674,
  yearTo: 257,
  usReleaseDate: "2024-12-05"
};
const sample$OrganizationBase$3 = {
  uid: "alphaech",
  name: "novanova",
  government: true,
  intergovernmentalOrganization: true,
  researchOrganization: true,
  sportOrganization: false,
  medicalOrganization: false,
  militaryOrganization: false,
  militaryUnit: true,
  governmentAgency: false,
  lawEnforcementAgency: false,
  prisonOrPenalColony: false,
  mirror: true,
  alternateReality: false
};
const sample$OrganizationHeader$3 = { uid: "limabrav", name: "bravonov" };
const sample$PerformerBase$3 = {
  uid: "tangoech",
  name: "tangobra",
  birthName: "echotang",
  gender: "F",
  dateOfBirth: "2024-08-13",
  placeOfBirth: "alphatan",
  dateOfDeath: "2024-08-13",
  placeOfDeath: "bravotan",
  animalPerformer: true,
  disPerformer: true,
  ds9Performer: true,
  entPerformer: true,
  filmPerformer: true,
  standInPerformer: false,
  stuntPerformer: true,
  tasPerformer: false,
  tngPerformer: false,
  tosPerformer: false,
  videoGamePerformer: true,
  voicePerformer: true,
  voyPerformer: false
};
const sample$Reference$3 = {
  uid: "limasier",
  referenceType: "ISBN",
  referenceNumber: "alphaech"
};
const sample$SeasonHeader$3 = { uid: "sierraec", title: "bravoech" };
const sample$SeriesHeader$3 = { uid: "echolima", title: "tangoech" };
const sample$SpacecraftType$3 = { uid: "deltasie", name: "sierrasi" };
const sample$StaffBase$3 = {
  uid: "alphasie",
  name: "limalima",
  birthName: "alphaech",
  gender: "F",
  dateOfBirth: "2024-03-27",
  placeOfBirth: "deltadel",
  dateOfDeath: "2024-03-29",
  placeOfDeath: "echobrav",
  artDepartment: false,
  artDirector: false,
  productionDesigner: true,
  cameraAndElectricalDepartment: true,
  cinematographer: false,
  castingDepartment: true,
  costumeDepartment: true,
  costumeDesigner: true,
  director: false,
  assistantOrSecondUnitDirector: false,
  exhibitAndAttractionStaff: true,
  filmEditor: true,
  linguist: false,
  locationStaff: true,
  makeupStaff: true,
  musicDepartment: true,
  composer: false,
  personalAssistant: true,
  producer: false,
  productionAssociate: true,
  productionStaff: true,
  publicationStaff: true,
  scienceConsultant: true,
  soundDepartment: false,
  specialAndVisualEffectsStaff: true,
  author: true,
  audioAuthor: false,
  calendarArtist: false,
  comicArtist: false,
  comicAuthor: true,
  comicColorArtist: false,
  comicInteriorArtist: true,
  comicInkArtist: true,
  comicPencilArtist: true,
  comicLetterArtist: true,
  comicStripArtist: false,
  gameArtist: true,
  gameAuthor: false,
  novelArtist: true,
  novelAuthor: true,
  referenceArtist: true,
  referenceAuthor: false,
  publicationArtist: false,
  publicationDesigner: false,
  publicationEditor: false,
  publicityArtist: false,
  cbsDigitalStaff: false,
  ilmProductionStaff: true,
  specialFeaturesStaff: false,
  storyEditor: true,
  studioExecutive: false,
  stuntDepartment: false,
  transportationDepartment: true,
  videoGameProductionStaff: true,
  writer: true
};
const sample$TradingCardBase$3 = {
  uid: "alphaalp",
  name: "limasier",
  number: "echosier",
  releaseYear: 124,
  productionRun: 536,
  tradingCardSet: sample$TradingCardSetHeader$4,
  tradingCardDeck: { uid: "alphaech", name: "novabrav" }
};
const sample$TradingCardSetHeader$3 = { uid: "echodelt", name: "alphabra" };
const sample$AstronomicalObjectBase$2 = {
  uid: "sierraal",
  name: "limatang",
  astronomicalObjectType: "L_CLASS_PLANET",
  location: sample$AstronomicalObjectHeader$3
};
const sample$CompanyBase$2 = {
  uid: "deltanov",
  name: "echobrav",
  broadcaster: false,
  collectibleCompany: false,
  conglomerate: true,
  digitalVisualEffectsCompany: false,
  distributor: true,
  gameCompany: false,
  filmEquipmentCompany: true,
  makeUpEffectsStudio: true,
  mattePaintingCompany: false,
  modelAndMiniatureEffectsCompany: true,
  postProductionCompany: true,
  productionCompany: false,
  propCompany: false,
  recordLabel: true,
  specialEffectsCompany: false,
  tvAndFilmProductionCompany: true,
  videoGameCompany: true
};
const sample$OrganizationBase$2 = {
  uid: "deltaech",
  name: "deltadel",
  government: false,
  intergovernmentalOrganization: true,
  researchOrganization: true,
  sportOrganization: true,
  medicalOrganization: true,
  militaryOrganization: false,
  militaryUnit: true,
  governmentAgency: true,
  lawEnforcementAgency: true,
  prisonOrPenalColony: true,
  mirror: true,
  alternateReality: false
};
const sample$SeasonBase$2 = {
  uid: "limalima",
  title: "novabrav",
  series: sample$SeriesHeader$3,
  seasonNumber: 43,
  numberOfEpisodes: 322
};
const sample$SeriesBase$2 = {
  uid: "echonova",
  title: "tangonov",
  abbreviation: "deltabra",
  productionStartYear: 408,
  productionEndYear: 779,
  originalRunStartDate: "2024-08-03",
  originalRunEndDate: "2024-08-26",
  seasonsCount: 782,
  episodesCount: 242,
  featureLengthEpisodesCount: 392,
  productionCompany: sample$CompanyHeader$3,
  originalBroadcaster: sample$CompanyHeader$3
};
const sample$SpacecraftClassBase$2 = {
  uid: "limasier",
  name: "deltadel",
  numberOfDecks: 76,
  warpCapable: true,
  alternateReality: true,
  activeFrom: "sierrabr",
  activeTo: "echodelt",
  species: { uid: "echotang", name: "sierrasi" },
  owner: sample$OrganizationHeader$3,
  operator: sample$OrganizationHeader$3,
  affiliation: sample$OrganizationHeader$3
};
const sample$StaffBase$2 = {
  uid: "echoalph",
  name: "alphaalp",
  birthName: "alphaech",
  gender: "M",
  dateOfBirth: "2024-06-24",
  placeOfBirth: "sierrata",
  dateOfDeath: "2024-09-24",
  placeOfDeath: "echoalph",
  artDepartment: true,
  artDirector: true,
  productionDesigner: true,
  cameraAndElectricalDepartment: true,
  cinematographer: false,
  castingDepartment: true,
  costumeDepartment: true,
  costumeDesigner: false,
  director: false,
  assistantOrSecondUnitDirector: false,
  exhibitAndAttractionStaff: false,
  filmEditor: true,
  linguist: true,
  locationStaff: false,
  makeupStaff: false,
  musicDepartment: false,
  composer: false,
  personalAssistant: false,
  producer: false,
  productionAssociate: true,
  productionStaff: false,
  publicationStaff: true,
  scienceConsultant: false,
  soundDepartment: false,
  specialAndVisualEffectsStaff: true,
  author: true,
  audioAuthor: false,
  calendarArtist: true,
  comicArtist: true,
  comicAuthor: false,
  comicColorArtist: false,
  comicInteriorArtist: true,
  comicInkArtist: false,
  comicPencilArtist: false,
  comicLetterArtist: true,
  comicStripArtist: false,
  gameArtist: true,
  gameAuthor: true,
  novelArtist: false,
  novelAuthor: false,
  referenceArtist: false,
  referenceAuthor: false,
  publicationArtist: true,
  publicationDesigner: true,
  publicationEditor: false,
  publicityArtist: false,
  cbsDigitalStaff: true,
  ilmProductionStaff: false,
  specialFeaturesStaff: true,
  storyEditor: false,
  studioExecutive: true,
  stuntDepartment: true,
  transportationDepartment: false,
  videoGameProductionStaff: true,
  writer: true
};
const sample$TradingCardDeckBase$2 = {
  uid: "limalima",
  name: "deltatan",
  frequency: "novalima",
  tradingCardSet: sample$TradingCardSetHeader$3
};
const sample$TradingCardSetBase$2 = {
  uid: "alphaalp",
  name: "echonova",
  releaseYear: 110,
  releaseMonth: 767,
  releaseDay: 661,
  cardsPerPack: 471,
  packsPerBox: 737,
  boxesPerCase: 991,
  productionRun: 214,
  productionRunUnit: "SET",
  cardWidth: 583.8,
  cardHeight: 890.4
};
const sample$ResponsePage$1 = {
  pageNumber: 646,
  pageSize: 733,
  numberOfElements: 964,
  totalElements: 585,
  totalPages: 749,
  firstPage: true,
  lastPage: false
};
const sample$ResponseSort$1 = {
  clauses: [{ name: "sierrali", direction: "DESC", clauseOrder: 336 }]
};
const sample$AnimalBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  animals: [
    {
      uid: "tangotan",
      name: "limanova",
      earthAnimal: false,
      earthInsect: true,
      avian: true,
      canine: true,
      feline: false
    }
  ]
};
const sample$AstronomicalObjectBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  astronomicalObjects: [sample$AstronomicalObjectBase$2]
};
const sample$BookBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  books: [
    {
      uid: "sierrabr",
      title: "limalima",
      publishedYear: 512,
      publishedMonth: 64,
      publishedDay: 720,
      numberOfPages: 236,
      stardateFrom: 266.8,
      stardateTo: 616.7,
      yearFrom: 496,
      yearTo: 774,
      novel: true,
      referenceBook: true,
      biographyBook: false,
      rolePlayingBook: true,
      eBook: false,
      anthology: true,
      novelization: true,
      audiobook: true,
      audiobookAbridged: false,
      audiobookPublishedYear: 605,
      audiobookPublishedMonth: 596,
      audiobookPublishedDay: 287,
      audiobookRunTime: 723,
      productionNumber: "alphaech"
    }
  ]
};
const sample$BookCollectionBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  bookCollections: [
    {
      uid: "novatang",
      title: "deltatan",
      publishedYear: 23,
      publishedMonth: 325,
      publishedDay: 973,
      numberOfPages: 359,
      stardateFrom: 377.4,
      stardateTo: 770.3,
      yearFrom: 32,
      yearTo: 41
    }
  ]
};
const sample$BookSeriesBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  bookSeries: [
    {
      uid: "tangosie",
      title: "bravonov",
      publishedYearFrom: 999,
      publishedMonthFrom: 562,
      publishedYearTo: 640,
      publishedMonthTo: 391,
      numberOfBooks: 725,
      yearFrom: 701,
      yearTo: 464,
      miniseries: false,
      eBookSeries: false
    }
  ]
};
const sample$CharacterBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  characters: [
    {
      uid: "bravodel",
      name: "limadelt",
      gender: "M",
      yearOfBirth: 763,
      monthOfBirth: 160,
      dayOfBirth: 347,
      placeOfBirth: "novanova",
      yearOfDeath: 829,
      monthOfDeath: 681,
      dayOfDeath: 211,
      placeOfDeath: "echonova",
      height: 440,
      weight: 778,
      deceased: true,
      bloodType: "B_NEGATIVE",
      maritalStatus: "WIDOWED",
      serialNumber: "limatang",
      hologramActivationDate: "deltatan",
      hologramStatus: "novalima",
      hologramDateStatus: "alphadel",
      hologram: true,
      fictionalCharacter: false,
      mirror: false,
      alternateReality: false
    }
  ]
};
const sample$ComicCollectionBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  comicCollections: [
    {
      uid: "bravoech",
      title: "alphaalp",
      publishedYear: 565,
      publishedMonth: 78,
      publishedDay: 571,
      coverYear: 687,
      coverMonth: 77,
      coverDay: 893,
      numberOfPages: 577,
      stardateFrom: 870.9,
      stardateTo: 620.8,
      yearFrom: 243,
      yearTo: 722,
      photonovel: false
    }
  ]
};
const sample$ComicSeriesBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  comicSeries: [
    {
      uid: "sierrade",
      title: "echolima",
      publishedYearFrom: 455,
      publishedMonthFrom: 577,
      publishedDayFrom: 273,
      publishedYearTo: 466,
      publishedMonthTo: 287,
      publishedDayTo: 685,
      numberOfIssues: 581,
      stardateFrom: 390.7,
      stardateTo: 735.2,
      yearFrom: 429,
      yearTo: 255,
      miniseries: true,
      photonovelSeries: true
    }
  ]
};
const sample$ComicStripBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  comicStrips: [
    {
      uid: "tangoalp",
      title: "sierraal",
      periodical: "sierrabr",
      publishedYearFrom: 169,
      publishedMonthFrom: 810,
      publishedDayFrom: 187,
      publishedYearTo: 325,
      publishedMonthTo: 838,
      publishedDayTo: 243,
      numberOfPages: 241,
      yearFrom: 420,
      yearTo: 476
    }
  ]
};
const sample$ComicsBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  comics: [
    {
      uid: "deltaalp",
      title: "novasier",
      publishedYear: 234,
      publishedMonth: 861,
      publishedDay: 986,
      coverYear: 657,
      coverMonth: 80,
      coverDay: 843,
      numberOfPages: 611,
      stardateFrom: 714.2,
      stardateTo: 120,
      yearFrom: 418,
      yearTo: 410,
      photonovel: false,
      adaptation: false
    }
  ]
};
const sample$CompanyBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  companies: [sample$CompanyBase$2]
};
const sample$ConflictBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  conflicts: [
    {
      uid: "novaalph",
      name: "deltanov",
      yearFrom: 984,
      yearTo: 328,
      earthConflict: false,
      federationWar: false,
      klingonWar: true,
      dominionWarBattle: false,
      alternateReality: true
    }
  ]
};
const sample$ElementBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  elements: [
    {
      uid: "novalima",
      name: "limaecho",
      symbol: "sierrade",
      atomicNumber: 298,
      atomicWeight: 779,
      transuranium: false,
      gammaSeries: false,
      hypersonicSeries: true,
      megaSeries: false,
      omegaSeries: false,
      transonicSeries: true,
      worldSeries: true
    }
  ]
};
const sample$EpisodeBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  episodes: [
    {
      uid: "bravosie",
      title: "sierrasi",
      titleGerman: "bravoech",
      titleItalian: "alphanov",
      titleJapanese: "limaalph",
      series: sample$SeriesHeader$3,
      season: sample$SeasonHeader$3,
      seasonNumber: 213,
      episodeNumber: 226,
      productionSerialNumber: "tangodel",
      featureLength: false,
      stardateFrom: 346,
      stardateTo: 896.8,
      yearFrom: 786,
      yearTo: 98,
      usAirDate: "2024-05-13",
      finalScriptDate: "2024-10-09"
    }
  ]
};
const sample$Error$0 = { code: "novatang", message: "tangosie" };
const sample$FoodBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  foods: [
    {
      uid: "tangoalp",
      name: "bravobra",
      earthlyOrigin: false,
      dessert: true,
      fruit: false,
      herbOrSpice: true,
      sauce: true,
      soup: true,
      beverage: true,
      alcoholicBeverage: true,
      juice: false,
      tea: false
    }
  ]
};
const sample$LiteratureBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  literature: [
    {
      uid: "novadelt",
      title: "deltanov",
      earthlyOrigin: true,
      shakespeareanWork: false,
      report: false,
      scientificLiterature: true,
      technicalManual: false,
      religiousLiterature: false
    }
  ]
};
const sample$LocationBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  locations: [
    {
      uid: "echotang",
      name: "tangobra",
      earthlyLocation: false,
      fictionalLocation: false,
      religiousLocation: false,
      geographicalLocation: false,
      bodyOfWater: false,
      country: false,
      subnationalEntity: true,
      settlement: false,
      usSettlement: false,
      bajoranSettlement: true,
      colony: false,
      landform: false,
      landmark: false,
      road: true,
      structure: true,
      shipyard: false,
      buildingInterior: false,
      establishment: true,
      medicalEstablishment: true,
      ds9Establishment: true,
      school: false,
      mirror: false,
      alternateReality: false
    }
  ]
};
const sample$MagazineBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  magazines: [
    {
      uid: "tangotan",
      title: "alphaalp",
      publishedYear: 148,
      publishedMonth: 445,
      publishedDay: 743,
      coverYear: 427,
      coverMonth: 462,
      coverDay: 38,
      numberOfPages: 625,
      issueNumber: "deltaalp"
    }
  ]
};
const sample$MagazineSeriesBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  magazineSeries: [
    {
      uid: "sierrali",
      title: "tangolim",
      publishedYearFrom: 485,
      publishedMonthFrom: 647,
      publishedYearTo: 146,
      publishedMonthTo: 987,
      numberOfIssues: 349
    }
  ]
};
const sample$MaterialBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  materials: [
    {
      uid: "echoalph",
      name: "sierrabr",
      chemicalCompound: false,
      biochemicalCompound: false,
      drug: true,
      poisonousSubstance: true,
      explosive: true,
      gemstone: false,
      alloyOrComposite: false,
      fuel: true,
      mineral: true,
      preciousMaterial: false
    }
  ]
};
const sample$MedicalConditionBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  medicalConditions: [{ uid: "echodelt", name: "echobrav", psychologicalCondition: true }]
};
const sample$MovieBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  movies: [
    {
      uid: "tangolim",
      title: "echobrav",
      mainDirector: { uid: "limabrav", name: "sierrata" },
      titleBulgarian: "tangoech",
      titleCatalan: "alphaech",
      titleChineseTraditional: "bravodel",
      titleGerman: "echodelt",
      titleItalian: "alphatan",
      titleJapanese: "novabrav",
      titlePolish: "echodelt",
      titleRussian: "echolima",
      titleSerbian: "alphabra",
      titleSpanish: "deltanov",
      stardateFrom: 751.9,
      stardateTo: 181,
      yearFrom: 674,
      yearTo: 964,
      usReleaseDate: "2024-04-26"
    }
  ]
};
const sample$OccupationBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  occupations: [
    {
      uid: "limatang",
      name: "sierrade",
      legalOccupation: true,
      medicalOccupation: true,
      scientificOccupation: true
    }
  ]
};
const sample$OrganizationBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  organizations: [sample$OrganizationBase$2]
};
const sample$PerformerBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  performers: [
    {
      uid: "deltanov",
      name: "deltanov",
      birthName: "echolima",
      gender: "M",
      dateOfBirth: "2024-07-12",
      placeOfBirth: "bravotan",
      dateOfDeath: "2024-06-09",
      placeOfDeath: "novadelt",
      animalPerformer: true,
      disPerformer: false,
      ds9Performer: false,
      entPerformer: true,
      filmPerformer: true,
      standInPerformer: false,
      stuntPerformer: true,
      tasPerformer: true,
      tngPerformer: true,
      tosPerformer: true,
      videoGamePerformer: true,
      voicePerformer: false,
      voyPerformer: true
    }
  ]
};
const sample$SeasonBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  seasons: [sample$SeasonBase$2]
};
const sample$SeriesBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  series: [sample$SeriesBase$2]
};
const sample$SoundtrackBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  soundtracks: [{ uid: "tangosie", title: "tangodel", releaseDate: "2024-07-30", length: 412 }]
};
const sample$SpacecraftBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  spacecrafts: [
    {
      uid: "tangotan",
      name: "limabrav",
      registry: "sierrabr",
      status: "sierrali",
      dateStatus: "tangolim",
      spacecraftClass: { uid: "alphaalp", name: "tangosie" },
      owner: sample$OrganizationHeader$3,
      operator: sample$OrganizationHeader$3
    }
  ]
};
const sample$SpacecraftClassBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  spacecraftClasses: [sample$SpacecraftClassBase$2]
};
const sample$SpeciesBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  species: [
    {
      uid: "tangonov",
      name: "tangolim",
      homeworld: sample$AstronomicalObjectHeader$3,
      quadrant: sample$AstronomicalObjectHeader$3,
      extinctSpecies: true,
      warpCapableSpecies: false,
      extraGalacticSpecies: true,
      humanoidSpecies: false,
      reptilianSpecies: false,
      nonCorporealSpecies: false,
      shapeshiftingSpecies: true,
      spaceborneSpecies: false,
      telepathicSpecies: false,
      transDimensionalSpecies: true,
      unnamedSpecies: true,
      alternateReality: true
    }
  ]
};
const sample$StaffBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  staff: [sample$StaffBase$2]
};
const sample$TechnologyBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  technology: [
    {
      uid: "limadelt",
      name: "deltabra",
      borgTechnology: true,
      borgComponent: true,
      communicationsTechnology: false,
      computerTechnology: true,
      computerProgramming: false,
      subroutine: true,
      database: true,
      energyTechnology: true,
      fictionalTechnology: true,
      holographicTechnology: true,
      identificationTechnology: false,
      lifeSupportTechnology: false,
      sensorTechnology: true,
      shieldTechnology: true,
      tool: true,
      culinaryTool: true,
      engineeringTool: true,
      householdTool: true,
      medicalEquipment: false,
      transporterTechnology: false
    }
  ]
};
const sample$TitleBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  titles: [
    {
      uid: "sierrabr",
      name: "alphasie",
      militaryRank: true,
      fleetRank: false,
      religiousTitle: true,
      position: true,
      mirror: true
    }
  ]
};
const sample$TradingCardBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  tradingCards: [
    {
      uid: "bravotan",
      name: "limabrav",
      number: "novabrav",
      releaseYear: 420,
      productionRun: 440,
      tradingCardSet: sample$TradingCardSetHeader$3,
      tradingCardDeck: { uid: "alphalim", name: "bravotan" }
    }
  ]
};
const sample$TradingCardDeckBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  tradingCardDecks: [sample$TradingCardDeckBase$2]
};
const sample$TradingCardSetBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  tradingCardSets: [sample$TradingCardSetBase$2]
};
const sample$VideoGameBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  videoGames: [
    {
      uid: "bravolim",
      title: "bravonov",
      releaseDate: "2024-08-26",
      stardateFrom: 230.8,
      stardateTo: 317.4,
      yearFrom: 281,
      yearTo: 516,
      systemRequirements: "tangodel"
    }
  ]
};
const sample$VideoReleaseBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  videoReleases: [
    {
      uid: "bravosie",
      title: "novabrav",
      series: sample$SeriesHeader$3,
      season: sample$SeasonHeader$3,
      format: "VCD",
      numberOfEpisodes: 731,
      numberOfFeatureLengthEpisodes: 511,
      numberOfDataCarriers: 21,
      runTime: 991,
      yearFrom: 774,
      yearTo: 186,
      regionFreeReleaseDate: "2024-02-14",
      region1AReleaseDate: "2024-09-21",
      region1SlimlineReleaseDate: "2024-09-12",
      region2BReleaseDate: "2024-07-14",
      region2SlimlineReleaseDate: "2024-01-08",
      region4AReleaseDate: "2024-09-10",
      region4SlimlineReleaseDate: "2024-03-26",
      amazonDigitalRelease: false,
      dailymotionDigitalRelease: true,
      googlePlayDigitalRelease: false,
      iTunesDigitalRelease: false,
      ultraVioletDigitalRelease: true,
      vimeoDigitalRelease: false,
      vuduDigitalRelease: true,
      xboxSmartGlassDigitalRelease: true,
      youTubeDigitalRelease: false,
      netflixDigitalRelease: false
    }
  ]
};
const sample$WeaponBaseResponse$0 = {
  page: sample$ResponsePage$1,
  sort: sample$ResponseSort$1,
  weapons: [
    {
      uid: "deltasie",
      name: "alphatan",
      handHeldWeapon: false,
      laserTechnology: false,
      plasmaTechnology: true,
      photonicTechnology: true,
      phaserTechnology: true,
      mirror: false,
      alternateReality: true
    }
  ]
};
const route$getAnimal = {
  operation: "getAnimal",
  method: "GET",
  path: "/animal",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        animal: {
          uid: "alphalim",
          name: "sierraec",
          earthAnimal: false,
          earthInsect: true,
          avian: false,
          canine: true,
          feline: true
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getAnimalSearch = {
  operation: "getAnimalSearch",
  method: "GET",
  path: "/animal/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$AnimalBaseResponse$0 }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postAnimalSearch = {
  operation: "postAnimalSearch",
  method: "POST",
  path: "/animal/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostAnimalSearchRequestBody,
    kind: "form",
    fields: {
      name: { type: "string" },
      earthAnimal: { type: "boolean" },
      earthInsect: { type: "boolean" },
      avian: { type: "boolean" },
      canine: { type: "boolean" },
      feline: { type: "boolean" }
    }
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$AnimalBaseResponse$0 }
  },
  resource: null
};
const route$getAstronomicalObject = {
  operation: "getAstronomicalObject",
  method: "GET",
  path: "/astronomicalObject",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        astronomicalObject: {
          uid: "bravolim",
          name: "deltanov",
          astronomicalObjectType: "COMET",
          location: sample$AstronomicalObjectBase$2,
          astronomicalObjects: [
            {
              uid: "limalima",
              name: "bravotan",
              astronomicalObjectType: "REGION",
              location: { uid: "sierrade", name: "limaecho" }
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getAstronomicalObjectSearch = {
  operation: "getAstronomicalObjectSearch",
  method: "GET",
  path: "/astronomicalObject/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$AstronomicalObjectBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postAstronomicalObjectSearch = {
  operation: "postAstronomicalObjectSearch",
  method: "POST",
  path: "/astronomicalObject/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostAstronomicalObjectSearchRequestBody,
    kind: "form",
    fields: {
      name: { type: "string" },
      astronomicalObjectType: { type: "string" },
      locationUid: { type: "string" }
    }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$AstronomicalObjectBaseResponse$0
    }
  },
  resource: null
};
const route$getBook = {
  operation: "getBook",
  method: "GET",
  path: "/book",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        book: {
          uid: "novadelt",
          title: "limalima",
          publishedYear: 918,
          publishedMonth: 660,
          publishedDay: 332,
          numberOfPages: 821,
          stardateFrom: 236.4,
          stardateTo: 635,
          yearFrom: 278,
          yearTo: 178,
          novel: false,
          referenceBook: false,
          biographyBook: true,
          rolePlayingBook: false,
          eBook: true,
          anthology: false,
          novelization: false,
          audiobook: true,
          audiobookAbridged: true,
          audiobookPublishedYear: 490,
          audiobookPublishedMonth: 618,
          audiobookPublishedDay: 975,
          audiobookRunTime: 687,
          productionNumber: "novasier",
          bookSeries: [sample$BookSeriesBase$3],
          authors: [sample$StaffBase$3],
          artists: [sample$StaffBase$3],
          editors: [sample$StaffBase$3],
          audiobookNarrators: [sample$StaffBase$3],
          publishers: [sample$CompanyBase$3],
          audiobookPublishers: [sample$CompanyBase$3],
          characters: [sample$CharacterBase$3],
          references: [sample$Reference$3],
          audiobookReferences: [sample$Reference$3],
          bookCollections: [
            {
              uid: "alphanov",
              title: "novaalph",
              publishedYear: 41,
              publishedMonth: 842,
              publishedDay: 740,
              numberOfPages: 373,
              stardateFrom: 616.5,
              stardateTo: 180.3,
              yearFrom: 984,
              yearTo: 973
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getBookSearch = {
  operation: "getBookSearch",
  method: "GET",
  path: "/book/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$BookBaseResponse$0 }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postBookSearch = {
  operation: "postBookSearch",
  method: "POST",
  path: "/book/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostBookSearchRequestBody,
    kind: "form",
    fields: {
      title: { type: "string" },
      publishedYearFrom: { type: "integer" },
      publishedYearTo: { type: "integer" },
      numberOfPagesFrom: { type: "integer" },
      numberOfPagesTo: { type: "integer" },
      stardateFrom: { type: "number" },
      stardateTo: { type: "number" },
      yearFrom: { type: "integer" },
      yearTo: { type: "integer" },
      novel: { type: "boolean" },
      referenceBook: { type: "boolean" },
      biographyBook: { type: "boolean" },
      rolePlayingBook: { type: "boolean" },
      eBook: { type: "boolean" },
      anthology: { type: "boolean" },
      novelization: { type: "boolean" },
      audiobook: { type: "boolean" },
      audiobookAbridged: { type: "boolean" },
      audiobookPublishedYearFrom: { type: "integer" },
      audiobookPublishedYearTo: { type: "integer" },
      audiobookRunTimeFrom: { type: "integer" },
      audiobookRunTimeTo: { type: "integer" }
    }
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$BookBaseResponse$0 }
  },
  resource: null
};
const route$getBookCollection = {
  operation: "getBookCollection",
  method: "GET",
  path: "/bookCollection",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        bookCollection: {
          uid: "limaecho",
          title: "novaecho",
          publishedYear: 9,
          publishedMonth: 480,
          publishedDay: 126,
          numberOfPages: 765,
          stardateFrom: 391.7,
          stardateTo: 500.5,
          yearFrom: 0,
          yearTo: 619,
          bookSeries: [sample$BookSeriesBase$3],
          authors: [sample$StaffBase$3],
          artists: [sample$StaffBase$3],
          editors: [sample$StaffBase$3],
          publishers: [sample$CompanyBase$3],
          characters: [sample$CharacterBase$3],
          references: [sample$Reference$3],
          books: [sample$BookBase$3]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getBookCollectionSearch = {
  operation: "getBookCollectionSearch",
  method: "GET",
  path: "/bookCollection/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$BookCollectionBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postBookCollectionSearch = {
  operation: "postBookCollectionSearch",
  method: "POST",
  path: "/bookCollection/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostBookCollectionSearchRequestBody,
    kind: "form",
    fields: {
      title: { type: "string" },
      publishedYearFrom: { type: "integer" },
      publishedYearTo: { type: "integer" },
      numberOfPagesFrom: { type: "integer" },
      numberOfPagesTo: { type: "integer" },
      stardateFrom: { type: "number" },
      stardateTo: { type: "number" },
      yearFrom: { type: "integer" },
      yearTo: { type: "integer" }
    }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$BookCollectionBaseResponse$0
    }
  },
  resource: null
};
const route$getBookSeries = {
  operation: "getBookSeries",
  method: "GET",
  path: "/bookSeries",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        bookSeries: {
          uid: "novadelt",
          title: "deltaalp",
          publishedYearFrom: 337,
          publishedMonthFrom: 971,
          publishedYearTo: 23,
          publishedMonthTo: 688,
          numberOfBooks: 922,
          yearFrom: 913,
          yearTo: 412,
          miniseries: true,
          eBookSeries: false,
          parentSeries: [sample$BookSeriesBase$3],
          childSeries: [sample$BookSeriesBase$3],
          publishers: [sample$CompanyBase$3],
          books: [sample$BookBase$3]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getBookSeriesSearch = {
  operation: "getBookSeriesSearch",
  method: "GET",
  path: "/bookSeries/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$BookSeriesBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postBookSeriesSearch = {
  operation: "postBookSeriesSearch",
  method: "POST",
  path: "/bookSeries/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostBookSeriesSearchRequestBody,
    kind: "form",
    fields: {
      title: { type: "string" },
      publishedYearFrom: { type: "integer" },
      publishedYearTo: { type: "integer" },
      numberOfBooksFrom: { type: "integer" },
      numberOfBooksTo: { type: "integer" },
      yearFrom: { type: "integer" },
      yearTo: { type: "integer" },
      miniseries: { type: "boolean" },
      eBookSeries: { type: "boolean" }
    }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$BookSeriesBaseResponse$0
    }
  },
  resource: null
};
const route$getCharacter = {
  operation: "getCharacter",
  method: "GET",
  path: "/character",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        character: {
          uid: "alphaalp",
          name: "bravoech",
          gender: "M",
          yearOfBirth: 424,
          monthOfBirth: 296,
          dayOfBirth: 335,
          placeOfBirth: "sierrali",
          yearOfDeath: 355,
          monthOfDeath: 866,
          dayOfDeath: 806,
          placeOfDeath: "limatang",
          height: 613,
          weight: 79,
          deceased: false,
          bloodType: "B_NEGATIVE",
          maritalStatus: "REMARRIED",
          serialNumber: "tangotan",
          hologramActivationDate: "deltasie",
          hologramStatus: "novatang",
          hologramDateStatus: "limalima",
          hologram: true,
          fictionalCharacter: false,
          mirror: false,
          alternateReality: false,
          performers: [sample$PerformerBase$3],
          episodes: [sample$EpisodeBase$3],
          movies: [sample$MovieBase$3],
          characterSpecies: [
            { uid: "alphatan", name: "novabrav", numerator: 369, denominator: 72 }
          ],
          characterRelations: [
            {
              type: "limatang",
              source: sample$CharacterHeader$4,
              target: sample$CharacterHeader$4
            }
          ],
          titles: [
            {
              uid: "alphadel",
              name: "limasier",
              militaryRank: false,
              fleetRank: false,
              religiousTitle: true,
              position: true,
              mirror: true
            }
          ],
          occupations: [
            {
              uid: "alphanov",
              name: "deltadel",
              legalOccupation: false,
              medicalOccupation: false,
              scientificOccupation: false
            }
          ],
          organizations: [sample$OrganizationBase$3]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getCharacterSearch = {
  operation: "getCharacterSearch",
  method: "GET",
  path: "/character/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$CharacterBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postCharacterSearch = {
  operation: "postCharacterSearch",
  method: "POST",
  path: "/character/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostCharacterSearchRequestBody,
    kind: "form",
    fields: {
      name: { type: "string" },
      gender: { type: "string" },
      deceased: { type: "boolean" },
      hologram: { type: "boolean" },
      fictionalCharacter: { type: "boolean" },
      mirror: { type: "boolean" },
      alternateReality: { type: "boolean" }
    }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$CharacterBaseResponse$0
    }
  },
  resource: null
};
const route$getComicCollection = {
  operation: "getComicCollection",
  method: "GET",
  path: "/comicCollection",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        comicCollection: {
          uid: "sierraal",
          title: "deltatan",
          publishedYear: 15,
          publishedMonth: 768,
          publishedDay: 556,
          coverYear: 756,
          coverMonth: 446,
          coverDay: 475,
          numberOfPages: 619,
          stardateFrom: 818,
          stardateTo: 337.5,
          yearFrom: 85,
          yearTo: 348,
          photonovel: true,
          comicSeries: [sample$ComicSeriesBase$3],
          writers: [sample$StaffBase$3],
          artists: [sample$StaffBase$3],
          editors: [sample$StaffBase$3],
          staff: [sample$StaffBase$3],
          publishers: [sample$CompanyBase$3],
          characters: [sample$CharacterBase$3],
          references: [sample$Reference$3],
          comics: [sample$ComicsBase$3]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getComicCollectionSearch = {
  operation: "getComicCollectionSearch",
  method: "GET",
  path: "/comicCollection/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$ComicCollectionBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postComicCollectionSearch = {
  operation: "postComicCollectionSearch",
  method: "POST",
  path: "/comicCollection/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostComicCollectionSearchRequestBody,
    kind: "form",
    fields: {
      title: { type: "string" },
      publishedYearFrom: { type: "integer" },
      publishedYearTo: { type: "integer" },
      numberOfPagesFrom: { type: "integer" },
      numberOfPagesTo: { type: "integer" },
      stardateFrom: { type: "number" },
      stardateTo: { type: "number" },
      yearFrom: { type: "integer" },
      yearTo: { type: "integer" },
      photonovel: { type: "boolean" }
    }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$ComicCollectionBaseResponse$0
    }
  },
  resource: null
};
const route$getComicSeries = {
  operation: "getComicSeries",
  method: "GET",
  path: "/comicSeries",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        comicSeries: {
          uid: "sierrade",
          title: "novaalph",
          publishedYearFrom: 912,
          publishedMonthFrom: 460,
          publishedDayFrom: 531,
          publishedYearTo: 111,
          publishedMonthTo: 353,
          publishedDayTo: 462,
          numberOfIssues: 5,
          stardateFrom: 708.8,
          stardateTo: 411.3,
          yearFrom: 690,
          yearTo: 70,
          miniseries: true,
          photonovelSeries: false,
          parentSeries: [sample$ComicSeriesBase$3],
          childSeries: [sample$ComicSeriesBase$3],
          publishers: [sample$CompanyBase$3],
          comics: [sample$ComicsBase$3]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getComicSeriesSearch = {
  operation: "getComicSeriesSearch",
  method: "GET",
  path: "/comicSeries/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$ComicSeriesBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postComicSeriesSearch = {
  operation: "postComicSeriesSearch",
  method: "POST",
  path: "/comicSeries/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostComicSeriesSearchRequestBody,
    kind: "form",
    fields: {
      title: { type: "string" },
      publishedYearFrom: { type: "integer" },
      publishedYearTo: { type: "integer" },
      numberOfIssuesFrom: { type: "integer" },
      numberOfIssuesTo: { type: "integer" },
      stardateFrom: { type: "number" },
      stardateTo: { type: "number" },
      yearFrom: { type: "integer" },
      yearTo: { type: "integer" },
      miniseries: { type: "boolean" },
      photonovelSeries: { type: "boolean" }
    }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$ComicSeriesBaseResponse$0
    }
  },
  resource: null
};
const route$getComicStrip = {
  operation: "getComicStrip",
  method: "GET",
  path: "/comicStrip",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        comicStrip: {
          uid: "echonova",
          title: "limaecho",
          periodical: "sierrali",
          publishedYearFrom: 380,
          publishedMonthFrom: 623,
          publishedDayFrom: 253,
          publishedYearTo: 953,
          publishedMonthTo: 107,
          publishedDayTo: 255,
          numberOfPages: 150,
          yearFrom: 12,
          yearTo: 962,
          comicSeries: [sample$ComicSeriesBase$3],
          writers: [sample$StaffBase$3],
          artists: [sample$StaffBase$3],
          characters: [sample$CharacterBase$3]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getComicStripSearch = {
  operation: "getComicStripSearch",
  method: "GET",
  path: "/comicStrip/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$ComicStripBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postComicStripSearch = {
  operation: "postComicStripSearch",
  method: "POST",
  path: "/comicStrip/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostComicStripSearchRequestBody,
    kind: "form",
    fields: {
      title: { type: "string" },
      publishedYearFrom: { type: "integer" },
      publishedYearTo: { type: "integer" },
      numberOfPagesFrom: { type: "integer" },
      numberOfPagesTo: { type: "integer" },
      yearFrom: { type: "integer" },
      yearTo: { type: "integer" }
    }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$ComicStripBaseResponse$0
    }
  },
  resource: null
};
const route$getComics = {
  operation: "getComics",
  method: "GET",
  path: "/comics",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        comics: {
          uid: "echoalph",
          title: "bravolim",
          publishedYear: 147,
          publishedMonth: 859,
          publishedDay: 547,
          coverYear: 211,
          coverMonth: 527,
          coverDay: 538,
          numberOfPages: 310,
          stardateFrom: 335.7,
          stardateTo: 272.3,
          yearFrom: 501,
          yearTo: 72,
          photonovel: false,
          adaptation: false,
          comicSeries: [sample$ComicSeriesBase$3],
          writers: [sample$StaffBase$3],
          artists: [sample$StaffBase$3],
          editors: [sample$StaffBase$3],
          staff: [sample$StaffBase$3],
          publishers: [sample$CompanyBase$3],
          characters: [sample$CharacterBase$3],
          references: [sample$Reference$3],
          comicCollections: [
            {
              uid: "bravolim",
              title: "alphalim",
              publishedYear: 337,
              publishedMonth: 356,
              publishedDay: 153,
              coverYear: 158,
              coverMonth: 927,
              coverDay: 146,
              numberOfPages: 735,
              stardateFrom: 508.2,
              stardateTo: 330.3,
              yearFrom: 713,
              yearTo: 253,
              photonovel: true
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getComicsSearch = {
  operation: "getComicsSearch",
  method: "GET",
  path: "/comics/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$ComicsBaseResponse$0 }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postComicsSearch = {
  operation: "postComicsSearch",
  method: "POST",
  path: "/comics/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostComicsSearchRequestBody,
    kind: "form",
    fields: {
      title: { type: "string" },
      publishedYearFrom: { type: "integer" },
      publishedYearTo: { type: "integer" },
      numberOfPagesFrom: { type: "integer" },
      numberOfPagesTo: { type: "integer" },
      stardateFrom: { type: "number" },
      stardateTo: { type: "number" },
      yearFrom: { type: "integer" },
      yearTo: { type: "integer" },
      photonovel: { type: "boolean" },
      adaptation: { type: "boolean" }
    }
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$ComicsBaseResponse$0 }
  },
  resource: null
};
const route$getCompany = {
  operation: "getCompany",
  method: "GET",
  path: "/company",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        company: {
          uid: "limadelt",
          name: "limaecho",
          broadcaster: false,
          collectibleCompany: true,
          conglomerate: true,
          digitalVisualEffectsCompany: false,
          distributor: false,
          gameCompany: false,
          filmEquipmentCompany: false,
          makeUpEffectsStudio: true,
          mattePaintingCompany: true,
          modelAndMiniatureEffectsCompany: true,
          postProductionCompany: true,
          productionCompany: false,
          propCompany: true,
          recordLabel: false,
          specialEffectsCompany: true,
          tvAndFilmProductionCompany: false,
          videoGameCompany: true
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getCompanySearch = {
  operation: "getCompanySearch",
  method: "GET",
  path: "/company/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$CompanyBaseResponse$0 }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postCompanySearch = {
  operation: "postCompanySearch",
  method: "POST",
  path: "/company/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostCompanySearchRequestBody,
    kind: "form",
    fields: {
      name: { type: "string" },
      broadcaster: { type: "boolean" },
      collectibleCompany: { type: "boolean" },
      conglomerate: { type: "boolean" },
      digitalVisualEffectsCompany: { type: "boolean" },
      distributor: { type: "boolean" },
      gameCompany: { type: "boolean" },
      filmEquipmentCompany: { type: "boolean" },
      makeUpEffectsStudio: { type: "boolean" },
      mattePaintingCompany: { type: "boolean" },
      modelAndMiniatureEffectsCompany: { type: "boolean" },
      postProductionCompany: { type: "boolean" },
      productionCompany: { type: "boolean" },
      propCompany: { type: "boolean" },
      recordLabel: { type: "boolean" },
      specialEffectsCompany: { type: "boolean" },
      tvAndFilmProductionCompany: { type: "boolean" },
      videoGameCompany: { type: "boolean" }
    }
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$CompanyBaseResponse$0 }
  },
  resource: null
};
const route$getConflict = {
  operation: "getConflict",
  method: "GET",
  path: "/conflict",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        conflict: {
          uid: "deltatan",
          name: "bravosie",
          yearFrom: 949,
          yearTo: 846,
          earthConflict: false,
          federationWar: true,
          klingonWar: true,
          dominionWarBattle: false,
          alternateReality: false,
          locations: [
            {
              uid: "alphasie",
              name: "sierrasi",
              earthlyLocation: true,
              fictionalLocation: false,
              religiousLocation: false,
              geographicalLocation: false,
              bodyOfWater: true,
              country: true,
              subnationalEntity: false,
              settlement: false,
              usSettlement: false,
              bajoranSettlement: false,
              colony: false,
              landform: true,
              landmark: false,
              road: true,
              structure: true,
              shipyard: true,
              buildingInterior: true,
              establishment: false,
              medicalEstablishment: false,
              ds9Establishment: false,
              school: true,
              mirror: true,
              alternateReality: false
            }
          ],
          firstSideBelligerents: [sample$OrganizationBase$3],
          firstSideCommanders: [sample$CharacterBase$3],
          secondSideBelligerents: [sample$OrganizationBase$3],
          secondSideCommanders: [sample$CharacterBase$3]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getConflictSearch = {
  operation: "getConflictSearch",
  method: "GET",
  path: "/conflict/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$ConflictBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postConflictSearch = {
  operation: "postConflictSearch",
  method: "POST",
  path: "/conflict/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostConflictSearchRequestBody,
    kind: "form",
    fields: {
      name: { type: "string" },
      yearFrom: { type: "integer" },
      yearTo: { type: "integer" },
      earthConflict: { type: "boolean" },
      federationWar: { type: "boolean" },
      klingonWar: { type: "boolean" },
      dominionWarBattle: { type: "boolean" },
      alternateReality: { type: "boolean" }
    }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$ConflictBaseResponse$0
    }
  },
  resource: null
};
const route$getElement = {
  operation: "getElement",
  method: "GET",
  path: "/element",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        element: {
          uid: "deltadel",
          name: "deltalim",
          symbol: "tangonov",
          atomicNumber: 199,
          atomicWeight: 44,
          transuranium: true,
          gammaSeries: false,
          hypersonicSeries: true,
          megaSeries: false,
          omegaSeries: true,
          transonicSeries: false,
          worldSeries: true
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getElementSearch = {
  operation: "getElementSearch",
  method: "GET",
  path: "/element/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$ElementBaseResponse$0 }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postElementSearch = {
  operation: "postElementSearch",
  method: "POST",
  path: "/element/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostElementSearchRequestBody,
    kind: "form",
    fields: {
      name: { type: "string" },
      symbol: { type: "string" },
      transuranium: { type: "boolean" },
      gammaSeries: { type: "boolean" },
      hypersonicSeries: { type: "boolean" },
      megaSeries: { type: "boolean" },
      omegaSeries: { type: "boolean" },
      transonicSeries: { type: "boolean" },
      worldSeries: { type: "boolean" }
    }
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$ElementBaseResponse$0 }
  },
  resource: null
};
const route$getEpisode = {
  operation: "getEpisode",
  method: "GET",
  path: "/episode",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        episode: {
          uid: "tangonov",
          title: "novadelt",
          titleGerman: "bravobra",
          titleItalian: "novanova",
          titleJapanese: "tangosie",
          series: sample$SeriesBase$2,
          season: sample$SeasonBase$2,
          seasonNumber: 532,
          episodeNumber: 615,
          productionSerialNumber: "bravolim",
          featureLength: true,
          stardateFrom: 614.8,
          stardateTo: 787.6,
          yearFrom: 32,
          yearTo: 512,
          usAirDate: "2024-01-04",
          finalScriptDate: "2024-07-20",
          writers: [sample$StaffBase$3],
          teleplayAuthors: [sample$StaffBase$3],
          storyAuthors: [sample$StaffBase$3],
          directors: [sample$StaffBase$3],
          performers: [sample$PerformerBase$3],
          stuntPerformers: [sample$PerformerBase$3],
          standInPerformers: [sample$PerformerBase$3],
          characters: [sample$CharacterBase$3]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getEpisodeSearch = {
  operation: "getEpisodeSearch",
  method: "GET",
  path: "/episode/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$EpisodeBaseResponse$0 }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postEpisodeSearch = {
  operation: "postEpisodeSearch",
  method: "POST",
  path: "/episode/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostEpisodeSearchRequestBody,
    kind: "form",
    fields: {
      title: { type: "string" },
      seasonNumberFrom: { type: "integer" },
      seasonNumberTo: { type: "integer" },
      episodeNumberFrom: { type: "integer" },
      episodeNumberTo: { type: "integer" },
      productionSerialNumber: { type: "string" },
      featureLength: { type: "boolean" },
      stardateFrom: { type: "number" },
      stardateTo: { type: "number" },
      yearFrom: { type: "integer" },
      yearTo: { type: "integer" },
      usAirDateFrom: { type: "string" },
      usAirDateTo: { type: "string" },
      finalScriptDateFrom: { type: "string" },
      finalScriptDateTo: { type: "string" }
    }
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$EpisodeBaseResponse$0 }
  },
  resource: null
};
const route$getFood = {
  operation: "getFood",
  method: "GET",
  path: "/food",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        food: {
          uid: "bravoalp",
          name: "tangotan",
          earthlyOrigin: false,
          dessert: true,
          fruit: false,
          herbOrSpice: false,
          sauce: true,
          soup: false,
          beverage: true,
          alcoholicBeverage: true,
          juice: false,
          tea: false
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getFoodSearch = {
  operation: "getFoodSearch",
  method: "GET",
  path: "/food/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$FoodBaseResponse$0 }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postFoodSearch = {
  operation: "postFoodSearch",
  method: "POST",
  path: "/food/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostFoodSearchRequestBody,
    kind: "form",
    fields: {
      name: { type: "string" },
      earthlyOrigin: { type: "boolean" },
      dessert: { type: "boolean" },
      fruit: { type: "boolean" },
      herbOrSpice: { type: "boolean" },
      sauce: { type: "boolean" },
      soup: { type: "boolean" },
      beverage: { type: "boolean" },
      alcoholicBeverage: { type: "boolean" },
      juice: { type: "boolean" },
      tea: { type: "boolean" }
    }
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$FoodBaseResponse$0 }
  },
  resource: null
};
const route$getLiterature = {
  operation: "getLiterature",
  method: "GET",
  path: "/literature",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        literature: {
          uid: "bravodel",
          title: "sierrabr",
          earthlyOrigin: false,
          shakespeareanWork: true,
          report: true,
          scientificLiterature: false,
          technicalManual: false,
          religiousLiterature: false
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getLiteratureSearch = {
  operation: "getLiteratureSearch",
  method: "GET",
  path: "/literature/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$LiteratureBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postLiteratureSearch = {
  operation: "postLiteratureSearch",
  method: "POST",
  path: "/literature/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostLiteratureSearchRequestBody,
    kind: "form",
    fields: {
      title: { type: "string" },
      earthlyOrigin: { type: "boolean" },
      shakespeareanWork: { type: "boolean" },
      report: { type: "boolean" },
      scientificLiterature: { type: "boolean" },
      technicalManual: { type: "boolean" },
      religiousLiterature: { type: "boolean" }
    }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$LiteratureBaseResponse$0
    }
  },
  resource: null
};
const route$getLocation = {
  operation: "getLocation",
  method: "GET",
  path: "/location",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        location: {
          uid: "deltabra",
          name: "sierrabr",
          earthlyLocation: false,
          fictionalLocation: false,
          religiousLocation: true,
          geographicalLocation: true,
          bodyOfWater: false,
          country: true,
          subnationalEntity: true,
          settlement: true,
          usSettlement: false,
          bajoranSettlement: false,
          colony: true,
          landform: true,
          landmark: true,
          road: true,
          structure: false,
          shipyard: false,
          buildingInterior: true,
          establishment: false,
          medicalEstablishment: true,
          ds9Establishment: true,
          school: false,
          mirror: true,
          alternateReality: true
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getLocationSearch = {
  operation: "getLocationSearch",
  method: "GET",
  path: "/location/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$LocationBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postLocationSearch = {
  operation: "postLocationSearch",
  method: "POST",
  path: "/location/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostLocationSearchRequestBody,
    kind: "form",
    fields: {
      name: { type: "string" },
      earthlyLocation: { type: "boolean" },
      fictionalLocation: { type: "boolean" },
      religiousLocation: { type: "boolean" },
      geographicalLocation: { type: "boolean" },
      bodyOfWater: { type: "boolean" },
      country: { type: "boolean" },
      subnationalEntity: { type: "boolean" },
      settlement: { type: "boolean" },
      usSettlement: { type: "boolean" },
      bajoranSettlement: { type: "boolean" },
      colony: { type: "boolean" },
      landform: { type: "boolean" },
      landmark: { type: "boolean" },
      road: { type: "boolean" },
      structure: { type: "boolean" },
      shipyard: { type: "boolean" },
      buildingInterior: { type: "boolean" },
      establishment: { type: "boolean" },
      medicalEstablishment: { type: "boolean" },
      ds9Establishment: { type: "boolean" },
      school: { type: "boolean" },
      mirror: { type: "boolean" },
      alternateReality: { type: "boolean" }
    }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$LocationBaseResponse$0
    }
  },
  resource: null
};
const route$getMagazine = {
  operation: "getMagazine",
  method: "GET",
  path: "/magazine",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        magazine: {
          uid: "echotang",
          title: "limadelt",
          publishedYear: 342,
          publishedMonth: 190,
          publishedDay: 430,
          coverYear: 939,
          coverMonth: 387,
          coverDay: 958,
          numberOfPages: 130,
          issueNumber: "sierrade",
          magazineSeries: [
            {
              uid: "echodelt",
              title: "echodelt",
              publishedYearFrom: 344,
              publishedMonthFrom: 493,
              publishedYearTo: 756,
              publishedMonthTo: 52,
              numberOfIssues: 412
            }
          ],
          editors: [sample$StaffBase$3],
          publishers: [sample$CompanyBase$3]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getMagazineSearch = {
  operation: "getMagazineSearch",
  method: "GET",
  path: "/magazine/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$MagazineBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postMagazineSearch = {
  operation: "postMagazineSearch",
  method: "POST",
  path: "/magazine/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostMagazineSearchRequestBody,
    kind: "form",
    fields: {
      title: { type: "string" },
      publishedYearFrom: { type: "integer" },
      publishedYearTo: { type: "integer" },
      numberOfPagesFrom: { type: "integer" },
      numberOfPagesTo: { type: "integer" }
    }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$MagazineBaseResponse$0
    }
  },
  resource: null
};
const route$getMagazineSeries = {
  operation: "getMagazineSeries",
  method: "GET",
  path: "/magazineSeries",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        magazineSeries: {
          uid: "alphanov",
          title: "deltasie",
          publishedYearFrom: 359,
          publishedMonthFrom: 969,
          publishedYearTo: 21,
          publishedMonthTo: 526,
          numberOfIssues: 252,
          publishers: [sample$CompanyBase$3],
          editors: [sample$StaffBase$3],
          magazines: [
            {
              uid: "bravodel",
              title: "echodelt",
              publishedYear: 966,
              publishedMonth: 68,
              publishedDay: 228,
              coverYear: 692,
              coverMonth: 479,
              coverDay: 305,
              numberOfPages: 944,
              issueNumber: "echoecho"
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getMagazineSeriesSearch = {
  operation: "getMagazineSeriesSearch",
  method: "GET",
  path: "/magazineSeries/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$MagazineSeriesBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postMagazineSeriesSearch = {
  operation: "postMagazineSeriesSearch",
  method: "POST",
  path: "/magazineSeries/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostMagazineSeriesSearchRequestBody,
    kind: "form",
    fields: {
      title: { type: "string" },
      publishedYearFrom: { type: "integer" },
      publishedYearTo: { type: "integer" },
      numberOfIssuesFrom: { type: "integer" },
      numberOfIssuesTo: { type: "integer" }
    }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$MagazineSeriesBaseResponse$0
    }
  },
  resource: null
};
const route$getMaterial = {
  operation: "getMaterial",
  method: "GET",
  path: "/material",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        material: {
          uid: "bravoalp",
          name: "sierrano",
          chemicalCompound: false,
          biochemicalCompound: false,
          drug: true,
          poisonousSubstance: false,
          explosive: false,
          gemstone: true,
          alloyOrComposite: true,
          fuel: true,
          mineral: false,
          preciousMaterial: true
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getMaterialSearch = {
  operation: "getMaterialSearch",
  method: "GET",
  path: "/material/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$MaterialBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postMaterialSearch = {
  operation: "postMaterialSearch",
  method: "POST",
  path: "/material/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostMaterialSearchRequestBody,
    kind: "form",
    fields: {
      name: { type: "string" },
      chemicalCompound: { type: "boolean" },
      biochemicalCompound: { type: "boolean" },
      drug: { type: "boolean" },
      poisonousSubstance: { type: "boolean" },
      explosive: { type: "boolean" },
      gemstone: { type: "boolean" },
      alloyOrComposite: { type: "boolean" },
      fuel: { type: "boolean" },
      mineral: { type: "boolean" },
      preciousMaterial: { type: "boolean" }
    }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$MaterialBaseResponse$0
    }
  },
  resource: null
};
const route$getMedicalCondition = {
  operation: "getMedicalCondition",
  method: "GET",
  path: "/medicalCondition",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        medicalCondition: { uid: "bravolim", name: "deltadel", psychologicalCondition: true }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getMedicalConditionSearch = {
  operation: "getMedicalConditionSearch",
  method: "GET",
  path: "/medicalCondition/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$MedicalConditionBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postMedicalConditionSearch = {
  operation: "postMedicalConditionSearch",
  method: "POST",
  path: "/medicalCondition/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostMedicalConditionSearchRequestBody,
    kind: "form",
    fields: { name: { type: "string" }, psychologicalCondition: { type: "boolean" } }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$MedicalConditionBaseResponse$0
    }
  },
  resource: null
};
const route$getMovie = {
  operation: "getMovie",
  method: "GET",
  path: "/movie",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        movie: {
          uid: "echoecho",
          title: "tangoalp",
          mainDirector: sample$StaffBase$2,
          titleBulgarian: "deltaalp",
          titleCatalan: "bravodel",
          titleChineseTraditional: "echolima",
          titleGerman: "alphaalp",
          titleItalian: "sierraec",
          titleJapanese: "tangolim",
          titlePolish: "alphaalp",
          titleRussian: "tangolim",
          titleSerbian: "sierraal",
          titleSpanish: "novanova",
          stardateFrom: 481.3,
          stardateTo: 704.2,
          yearFrom: 848,
          yearTo: 371,
          usReleaseDate: "2024-09-30",
          writers: [sample$StaffBase$3],
          screenplayAuthors: [sample$StaffBase$3],
          storyAuthors: [sample$StaffBase$3],
          directors: [sample$StaffBase$3],
          producers: [sample$StaffBase$3],
          staff: [sample$StaffBase$3],
          performers: [sample$PerformerBase$3],
          stuntPerformers: [sample$PerformerBase$3],
          standInPerformers: [sample$PerformerBase$3],
          characters: [sample$CharacterBase$3]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getMovieSearch = {
  operation: "getMovieSearch",
  method: "GET",
  path: "/movie/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$MovieBaseResponse$0 }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postMovieSearch = {
  operation: "postMovieSearch",
  method: "POST",
  path: "/movie/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostMovieSearchRequestBody,
    kind: "form",
    fields: {
      title: { type: "string" },
      stardateFrom: { type: "number" },
      stardateTo: { type: "number" },
      yearFrom: { type: "integer" },
      yearTo: { type: "integer" },
      usReleaseDateFrom: { type: "string" },
      usReleaseDateTo: { type: "string" }
    }
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$MovieBaseResponse$0 }
  },
  resource: null
};
const route$getOccupation = {
  operation: "getOccupation",
  method: "GET",
  path: "/occupation",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        occupation: {
          uid: "novadelt",
          name: "novaecho",
          legalOccupation: true,
          medicalOccupation: true,
          scientificOccupation: true,
          characters: [sample$CharacterBase$3]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getOccupationSearch = {
  operation: "getOccupationSearch",
  method: "GET",
  path: "/occupation/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$OccupationBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postOccupationSearch = {
  operation: "postOccupationSearch",
  method: "POST",
  path: "/occupation/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostOccupationSearchRequestBody,
    kind: "form",
    fields: {
      name: { type: "string" },
      legalOccupation: { type: "boolean" },
      medicalOccupation: { type: "boolean" },
      scientificOccupation: { type: "boolean" }
    }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$OccupationBaseResponse$0
    }
  },
  resource: null
};
const route$getOrganization = {
  operation: "getOrganization",
  method: "GET",
  path: "/organization",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        organization: {
          uid: "bravoalp",
          name: "tangolim",
          government: true,
          intergovernmentalOrganization: true,
          researchOrganization: true,
          sportOrganization: false,
          medicalOrganization: false,
          militaryOrganization: false,
          militaryUnit: true,
          governmentAgency: true,
          lawEnforcementAgency: false,
          prisonOrPenalColony: false,
          mirror: false,
          alternateReality: true,
          characters: [sample$CharacterBase$3]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getOrganizationSearch = {
  operation: "getOrganizationSearch",
  method: "GET",
  path: "/organization/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$OrganizationBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postOrganizationSearch = {
  operation: "postOrganizationSearch",
  method: "POST",
  path: "/organization/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostOrganizationSearchRequestBody,
    kind: "form",
    fields: {
      name: { type: "string" },
      government: { type: "boolean" },
      intergovernmentalOrganization: { type: "boolean" },
      researchOrganization: { type: "boolean" },
      sportOrganization: { type: "boolean" },
      medicalOrganization: { type: "boolean" },
      militaryOrganization: { type: "boolean" },
      militaryUnit: { type: "boolean" },
      governmentAgency: { type: "boolean" },
      lawEnforcementAgency: { type: "boolean" },
      prisonOrPenalColony: { type: "boolean" },
      mirror: { type: "boolean" },
      alternateReality: { type: "boolean" }
    }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$OrganizationBaseResponse$0
    }
  },
  resource: null
};
const route$getPerformer = {
  operation: "getPerformer",
  method: "GET",
  path: "/performer",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        performer: {
          uid: "deltalim",
          name: "sierrali",
          birthName: "novatang",
          gender: "M",
          dateOfBirth: "2024-05-23",
          placeOfBirth: "deltanov",
          dateOfDeath: "2024-12-20",
          placeOfDeath: "deltabra",
          animalPerformer: false,
          disPerformer: true,
          ds9Performer: true,
          entPerformer: false,
          filmPerformer: true,
          standInPerformer: true,
          stuntPerformer: true,
          tasPerformer: false,
          tngPerformer: false,
          tosPerformer: true,
          videoGamePerformer: true,
          voicePerformer: false,
          voyPerformer: true,
          episodesPerformances: [sample$EpisodeBase$3],
          episodesStuntPerformances: [sample$EpisodeBase$3],
          episodesStandInPerformances: [sample$EpisodeBase$3],
          moviesPerformances: [sample$MovieBase$3],
          moviesStuntPerformances: [sample$MovieBase$3],
          moviesStandInPerformances: [sample$MovieBase$3],
          characters: [sample$CharacterBase$3]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getPerformerSearch = {
  operation: "getPerformerSearch",
  method: "GET",
  path: "/performer/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$PerformerBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postPerformerSearch = {
  operation: "postPerformerSearch",
  method: "POST",
  path: "/performer/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostPerformerSearchRequestBody,
    kind: "form",
    fields: {
      name: { type: "string" },
      birthName: { type: "string" },
      gender: { type: "string" },
      dateOfBirthFrom: { type: "string" },
      dateOfBirthTo: { type: "string" },
      placeOfBirth: { type: "string" },
      dateOfDeathFrom: { type: "string" },
      dateOfDeathTo: { type: "string" },
      placeOfDeath: { type: "string" },
      animalPerformer: { type: "boolean" },
      disPerformer: { type: "boolean" },
      ds9Performer: { type: "boolean" },
      entPerformer: { type: "boolean" },
      filmPerformer: { type: "boolean" },
      standInPerformer: { type: "boolean" },
      stuntPerformer: { type: "boolean" },
      tasPerformer: { type: "boolean" },
      tngPerformer: { type: "boolean" },
      tosPerformer: { type: "boolean" },
      videoGamePerformer: { type: "boolean" },
      voicePerformer: { type: "boolean" },
      voyPerformer: { type: "boolean" }
    }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$PerformerBaseResponse$0
    }
  },
  resource: null
};
const route$getSeason = {
  operation: "getSeason",
  method: "GET",
  path: "/season",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        season: {
          uid: "sierrali",
          title: "deltabra",
          series: sample$SeriesBase$2,
          seasonNumber: 958,
          numberOfEpisodes: 452,
          episodes: [sample$EpisodeBase$3]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getSeasonSearch = {
  operation: "getSeasonSearch",
  method: "GET",
  path: "/season/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$SeasonBaseResponse$0 }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postSeasonSearch = {
  operation: "postSeasonSearch",
  method: "POST",
  path: "/season/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostSeasonSearchRequestBody,
    kind: "form",
    fields: {
      title: { type: "string" },
      seasonNumberFrom: { type: "integer" },
      seasonNumberTo: { type: "integer" },
      numberOfEpisodesFrom: { type: "integer" },
      numberOfEpisodesTo: { type: "integer" }
    }
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$SeasonBaseResponse$0 }
  },
  resource: null
};
const route$getSeries = {
  operation: "getSeries",
  method: "GET",
  path: "/series",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        series: {
          uid: "sierrabr",
          title: "bravodel",
          abbreviation: "deltaalp",
          productionStartYear: 88,
          productionEndYear: 316,
          originalRunStartDate: "2024-08-15",
          originalRunEndDate: "2024-04-03",
          seasonsCount: 372,
          episodesCount: 101,
          featureLengthEpisodesCount: 785,
          productionCompany: sample$CompanyBase$2,
          originalBroadcaster: sample$CompanyBase$2,
          episodes: [sample$EpisodeBase$3],
          seasons: [
            {
              uid: "echodelt",
              title: "limadelt",
              series: sample$SeriesHeader$4,
              seasonNumber: 736,
              numberOfEpisodes: 174
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getSeriesSearch = {
  operation: "getSeriesSearch",
  method: "GET",
  path: "/series/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$SeriesBaseResponse$0 }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postSeriesSearch = {
  operation: "postSeriesSearch",
  method: "POST",
  path: "/series/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostSeriesSearchRequestBody,
    kind: "form",
    fields: {
      title: { type: "string" },
      abbreviation: { type: "string" },
      productionStartYearFrom: { type: "integer" },
      productionStartYearTo: { type: "integer" },
      productionEndYearFrom: { type: "integer" },
      productionEndYearTo: { type: "integer" },
      originalRunStartDateFrom: { type: "string" },
      originalRunStartDateTo: { type: "string" },
      originalRunEndDateFrom: { type: "string" },
      originalRunEndDateTo: { type: "string" }
    }
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$SeriesBaseResponse$0 }
  },
  resource: null
};
const route$getSoundtrack = {
  operation: "getSoundtrack",
  method: "GET",
  path: "/soundtrack",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        soundtrack: {
          uid: "sierrade",
          title: "echoecho",
          releaseDate: "2024-01-19",
          length: 570,
          labels: [sample$CompanyBase$3],
          composers: [sample$StaffBase$3],
          contributors: [sample$StaffBase$3],
          orchestrators: [sample$StaffBase$3],
          references: [sample$Reference$3]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getSoundtrackSearch = {
  operation: "getSoundtrackSearch",
  method: "GET",
  path: "/soundtrack/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$SoundtrackBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postSoundtrackSearch = {
  operation: "postSoundtrackSearch",
  method: "POST",
  path: "/soundtrack/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostSoundtrackSearchRequestBody,
    kind: "form",
    fields: {
      title: { type: "string" },
      releaseDateFrom: { type: "string" },
      releaseDateTo: { type: "string" },
      lengthFrom: { type: "integer" },
      lengthTo: { type: "integer" }
    }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$SoundtrackBaseResponse$0
    }
  },
  resource: null
};
const route$getSpacecraft = {
  operation: "getSpacecraft",
  method: "GET",
  path: "/spacecraft",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        spacecraft: {
          uid: "novasier",
          name: "novalima",
          registry: "tangosie",
          status: "alphadel",
          dateStatus: "novadelt",
          spacecraftClass: sample$SpacecraftClassBase$2,
          owner: sample$OrganizationBase$2,
          operator: sample$OrganizationBase$2,
          spacecraftTypes: [sample$SpacecraftType$3]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getSpacecraftSearch = {
  operation: "getSpacecraftSearch",
  method: "GET",
  path: "/spacecraft/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$SpacecraftBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postSpacecraftSearch = {
  operation: "postSpacecraftSearch",
  method: "POST",
  path: "/spacecraft/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostSpacecraftSearchRequestBody,
    kind: "form",
    fields: { name: { type: "string" } }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$SpacecraftBaseResponse$0
    }
  },
  resource: null
};
const route$getSpacecraftClass = {
  operation: "getSpacecraftClass",
  method: "GET",
  path: "/spacecraftClass",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        spacecraftClass: {
          uid: "echonova",
          name: "bravotan",
          numberOfDecks: 928,
          warpCapable: false,
          alternateReality: true,
          activeFrom: "echobrav",
          activeTo: "alphasie",
          species: { uid: "novasier", name: "alphanov" },
          owner: sample$OrganizationBase$2,
          operator: sample$OrganizationBase$2,
          affiliation: sample$OrganizationBase$2,
          spacecraftTypes: [sample$SpacecraftType$3],
          spacecrafts: [
            {
              uid: "deltatan",
              name: "novaecho",
              registry: "bravosie",
              status: "novatang",
              dateStatus: "alphadel",
              spacecraftClass: { uid: "novadelt", name: "novadelt" },
              owner: sample$OrganizationHeader$4,
              operator: sample$OrganizationHeader$4
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getSpacecraftClassSearch = {
  operation: "getSpacecraftClassSearch",
  method: "GET",
  path: "/spacecraftClass/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$SpacecraftClassBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postSpacecraftClassSearch = {
  operation: "postSpacecraftClassSearch",
  method: "POST",
  path: "/spacecraftClass/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostSpacecraftClassSearchRequestBody,
    kind: "form",
    fields: {
      name: { type: "string" },
      warpCapableSpecies: { type: "boolean" },
      alternateReality: { type: "boolean" }
    }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$SpacecraftClassBaseResponse$0
    }
  },
  resource: null
};
const route$getSpecies = {
  operation: "getSpecies",
  method: "GET",
  path: "/species",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        species: {
          uid: "sierrata",
          name: "limadelt",
          homeworld: sample$AstronomicalObjectBase$2,
          quadrant: sample$AstronomicalObjectBase$2,
          extinctSpecies: false,
          warpCapableSpecies: false,
          extraGalacticSpecies: false,
          humanoidSpecies: true,
          reptilianSpecies: false,
          nonCorporealSpecies: false,
          shapeshiftingSpecies: false,
          spaceborneSpecies: true,
          telepathicSpecies: false,
          transDimensionalSpecies: false,
          unnamedSpecies: true,
          alternateReality: false,
          characters: [sample$CharacterBase$3]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getSpeciesSearch = {
  operation: "getSpeciesSearch",
  method: "GET",
  path: "/species/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$SpeciesBaseResponse$0 }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postSpeciesSearch = {
  operation: "postSpeciesSearch",
  method: "POST",
  path: "/species/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostSpeciesSearchRequestBody,
    kind: "form",
    fields: {
      name: { type: "string" },
      extinctSpecies: { type: "boolean" },
      warpCapableSpecies: { type: "boolean" },
      extraGalacticSpecies: { type: "boolean" },
      humanoidSpecies: { type: "boolean" },
      reptilianSpecies: { type: "boolean" },
      nonCorporealSpecies: { type: "boolean" },
      shapeshiftingSpecies: { type: "boolean" },
      spaceborneSpecies: { type: "boolean" },
      telepathicSpecies: { type: "boolean" },
      transDimensionalSpecies: { type: "boolean" },
      unnamedSpecies: { type: "boolean" },
      alternateReality: { type: "boolean" }
    }
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$SpeciesBaseResponse$0 }
  },
  resource: null
};
const route$getStaff = {
  operation: "getStaff",
  method: "GET",
  path: "/staff",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        staff: {
          uid: "sierrano",
          name: "tangodel",
          birthName: "tangonov",
          gender: "M",
          dateOfBirth: "2024-12-21",
          placeOfBirth: "bravosie",
          dateOfDeath: "2024-10-02",
          placeOfDeath: "deltalim",
          artDepartment: false,
          artDirector: false,
          productionDesigner: true,
          cameraAndElectricalDepartment: false,
          cinematographer: true,
          castingDepartment: true,
          costumeDepartment: false,
          costumeDesigner: false,
          director: false,
          assistantOrSecondUnitDirector: false,
          exhibitAndAttractionStaff: true,
          filmEditor: true,
          linguist: false,
          locationStaff: false,
          makeupStaff: true,
          musicDepartment: false,
          composer: false,
          personalAssistant: true,
          producer: false,
          productionAssociate: true,
          productionStaff: true,
          publicationStaff: false,
          scienceConsultant: true,
          soundDepartment: true,
          specialAndVisualEffectsStaff: true,
          author: true,
          audioAuthor: false,
          calendarArtist: false,
          comicArtist: true,
          comicAuthor: false,
          comicColorArtist: false,
          comicInteriorArtist: false,
          comicInkArtist: true,
          comicPencilArtist: true,
          comicLetterArtist: false,
          comicStripArtist: true,
          gameArtist: true,
          gameAuthor: true,
          novelArtist: false,
          novelAuthor: true,
          referenceArtist: true,
          referenceAuthor: true,
          publicationArtist: false,
          publicationDesigner: false,
          publicationEditor: true,
          publicityArtist: true,
          cbsDigitalStaff: true,
          ilmProductionStaff: true,
          specialFeaturesStaff: false,
          storyEditor: false,
          studioExecutive: false,
          stuntDepartment: false,
          transportationDepartment: false,
          videoGameProductionStaff: true,
          writer: false,
          writtenEpisodes: [sample$EpisodeBase$3],
          teleplayAuthoredEpisodes: [sample$EpisodeBase$3],
          storyAuthoredEpisodes: [sample$EpisodeBase$3],
          directedEpisodes: [sample$EpisodeBase$3],
          episodes: [sample$EpisodeBase$3],
          writtenMovies: [sample$MovieBase$3],
          screenplayAuthoredMovies: [sample$MovieBase$3],
          storyAuthoredMovies: [sample$MovieBase$3],
          directedMovies: [sample$MovieBase$3],
          producedMovies: [sample$MovieBase$3],
          movies: [sample$MovieBase$3]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getStaffSearch = {
  operation: "getStaffSearch",
  method: "GET",
  path: "/staff/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$StaffBaseResponse$0 }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postStaffSearch = {
  operation: "postStaffSearch",
  method: "POST",
  path: "/staff/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostStaffSearchRequestBody,
    kind: "form",
    fields: {
      name: { type: "string" },
      birthName: { type: "string" },
      gender: { type: "string" },
      dateOfBirthFrom: { type: "string" },
      dateOfBirthTo: { type: "string" },
      placeOfBirth: { type: "string" },
      dateOfDeathFrom: { type: "string" },
      dateOfDeathTo: { type: "string" },
      placeOfDeath: { type: "string" },
      artDepartment: { type: "boolean" },
      artDirector: { type: "boolean" },
      productionDesigner: { type: "boolean" },
      cameraAndElectricalDepartment: { type: "boolean" },
      cinematographer: { type: "boolean" },
      castingDepartment: { type: "boolean" },
      costumeDepartment: { type: "boolean" },
      costumeDesigner: { type: "boolean" },
      director: { type: "boolean" },
      assistantOrSecondUnitDirector: { type: "boolean" },
      exhibitAndAttractionStaff: { type: "boolean" },
      filmEditor: { type: "boolean" },
      linguist: { type: "boolean" },
      locationStaff: { type: "boolean" },
      makeupStaff: { type: "boolean" },
      musicDepartment: { type: "boolean" },
      composer: { type: "boolean" },
      personalAssistant: { type: "boolean" },
      producer: { type: "boolean" },
      productionAssociate: { type: "boolean" },
      productionStaff: { type: "boolean" },
      publicationStaff: { type: "boolean" },
      scienceConsultant: { type: "boolean" },
      soundDepartment: { type: "boolean" },
      specialAndVisualEffectsStaff: { type: "boolean" },
      author: { type: "boolean" },
      audioAuthor: { type: "boolean" },
      calendarArtist: { type: "boolean" },
      comicArtist: { type: "boolean" },
      comicAuthor: { type: "boolean" },
      comicColorArtist: { type: "boolean" },
      comicInteriorArtist: { type: "boolean" },
      comicInkArtist: { type: "boolean" },
      comicPencilArtist: { type: "boolean" },
      comicLetterArtist: { type: "boolean" },
      comicStripArtist: { type: "boolean" },
      gameArtist: { type: "boolean" },
      gameAuthor: { type: "boolean" },
      novelArtist: { type: "boolean" },
      novelAuthor: { type: "boolean" },
      referenceArtist: { type: "boolean" },
      referenceAuthor: { type: "boolean" },
      publicationArtist: { type: "boolean" },
      publicationDesigner: { type: "boolean" },
      publicationEditor: { type: "boolean" },
      publicityArtist: { type: "boolean" },
      cbsDigitalStaff: { type: "boolean" },
      ilmProductionStaff: { type: "boolean" },
      specialFeaturesStaff: { type: "boolean" },
      storyEditor: { type: "boolean" },
      studioExecutive: { type: "boolean" },
      stuntDepartment: { type: "boolean" },
      transportationDepartment: { type: "boolean" },
      videoGameProductionStaff: { type: "boolean" },
      writer: { type: "boolean" }
    }
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$StaffBaseResponse$0 }
  },
  resource: null
};
const route$getTechnology = {
  operation: "getTechnology",
  method: "GET",
  path: "/technology",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        technology: {
          uid: "novabrav",
          name: "novaalph",
          borgTechnology: true,
          borgComponent: true,
          communicationsTechnology: false,
          computerTechnology: true,
          computerProgramming: true,
          subroutine: true,
          database: false,
          energyTechnology: false,
          fictionalTechnology: false,
          holographicTechnology: false,
          identificationTechnology: false,
          lifeSupportTechnology: false,
          sensorTechnology: false,
          shieldTechnology: false,
          tool: true,
          culinaryTool: false,
          engineeringTool: false,
          householdTool: true,
          medicalEquipment: false,
          transporterTechnology: true
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getTechnologySearch = {
  operation: "getTechnologySearch",
  method: "GET",
  path: "/technology/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$TechnologyBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postTechnologySearch = {
  operation: "postTechnologySearch",
  method: "POST",
  path: "/technology/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostTechnologySearchRequestBody,
    kind: "form",
    fields: {
      name: { type: "string" },
      borgTechnology: { type: "boolean" },
      borgComponent: { type: "boolean" },
      communicationsTechnology: { type: "boolean" },
      computerTechnology: { type: "boolean" },
      computerProgramming: { type: "boolean" },
      subroutine: { type: "boolean" },
      database: { type: "boolean" },
      energyTechnology: { type: "boolean" },
      fictionalTechnology: { type: "boolean" },
      holographicTechnology: { type: "boolean" },
      identificationTechnology: { type: "boolean" },
      lifeSupportTechnology: { type: "boolean" },
      sensorTechnology: { type: "boolean" },
      shieldTechnology: { type: "boolean" },
      tool: { type: "boolean" },
      culinaryTool: { type: "boolean" },
      engineeringTool: { type: "boolean" },
      householdTool: { type: "boolean" },
      medicalEquipment: { type: "boolean" },
      transporterTechnology: { type: "boolean" }
    }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$TechnologyBaseResponse$0
    }
  },
  resource: null
};
const route$getTitle = {
  operation: "getTitle",
  method: "GET",
  path: "/title",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        title: {
          uid: "sierrano",
          name: "alphanov",
          militaryRank: true,
          fleetRank: true,
          religiousTitle: true,
          position: false,
          mirror: true,
          characters: [sample$CharacterBase$3]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getTitleSearch = {
  operation: "getTitleSearch",
  method: "GET",
  path: "/title/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$TitleBaseResponse$0 }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postTitleSearch = {
  operation: "postTitleSearch",
  method: "POST",
  path: "/title/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostTitleSearchRequestBody,
    kind: "form",
    fields: {
      name: { type: "string" },
      militaryRank: { type: "boolean" },
      fleetRank: { type: "boolean" },
      religiousTitle: { type: "boolean" },
      position: { type: "boolean" },
      mirror: { type: "boolean" }
    }
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$TitleBaseResponse$0 }
  },
  resource: null
};
const route$getTradingCard = {
  operation: "getTradingCard",
  method: "GET",
  path: "/tradingCard",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        tradingCard: {
          uid: "novaalph",
          name: "tangotan",
          tradingCardSet: sample$TradingCardSetBase$2,
          tradingCardDeck: sample$TradingCardDeckBase$2,
          number: "limaecho",
          releaseYear: 301,
          productionRun: 531
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getTradingCardSearch = {
  operation: "getTradingCardSearch",
  method: "GET",
  path: "/tradingCard/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$TradingCardBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postTradingCardSearch = {
  operation: "postTradingCardSearch",
  method: "POST",
  path: "/tradingCard/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostTradingCardSearchRequestBody,
    kind: "form",
    fields: {
      name: { type: "string" },
      tradingCardDeckUid: { type: "string" },
      tradingCardSetUid: { type: "string" }
    }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$TradingCardBaseResponse$0
    }
  },
  resource: null
};
const route$getTradingCardDeck = {
  operation: "getTradingCardDeck",
  method: "GET",
  path: "/tradingCardDeck",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        tradingCardDeck: {
          uid: "echoalph",
          name: "deltabra",
          frequency: "echobrav",
          tradingCardSet: { uid: "tangobra", name: "bravoech" },
          tradingCards: [sample$TradingCardBase$3]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getTradingCardDeckSearch = {
  operation: "getTradingCardDeckSearch",
  method: "GET",
  path: "/tradingCardDeck/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$TradingCardDeckBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postTradingCardDeckSearch = {
  operation: "postTradingCardDeckSearch",
  method: "POST",
  path: "/tradingCardDeck/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostTradingCardDeckSearchRequestBody,
    kind: "form",
    fields: { name: { type: "string" }, tradingCardSetUid: { type: "string" } }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$TradingCardDeckBaseResponse$0
    }
  },
  resource: null
};
const route$getTradingCardSet = {
  operation: "getTradingCardSet",
  method: "GET",
  path: "/tradingCardSet",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        tradingCardSet: {
          uid: "bravonov",
          name: "novaecho",
          releaseYear: 570,
          releaseMonth: 703,
          releaseDay: 535,
          cardsPerPack: 130,
          packsPerBox: 57,
          boxesPerCase: 989,
          productionRun: 182,
          productionRunUnit: "BOX",
          cardWidth: 695.9,
          cardHeight: 601.6,
          manufacturers: [sample$CompanyBase$3],
          tradingCardDecks: [
            {
              uid: "tangoech",
              name: "echolima",
              frequency: "echolima",
              tradingCardSet: sample$TradingCardSetHeader$4
            }
          ],
          tradingCards: [sample$TradingCardBase$3],
          countriesOfOrigin: [
            { uid: "alphasie", name: "novatang", iso31661Alpha2Code: "alphaech" }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getTradingCardSetSearch = {
  operation: "getTradingCardSetSearch",
  method: "GET",
  path: "/tradingCardSet/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$TradingCardSetBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postTradingCardSetSearch = {
  operation: "postTradingCardSetSearch",
  method: "POST",
  path: "/tradingCardSet/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostTradingCardSetSearchRequestBody,
    kind: "form",
    fields: {
      name: { type: "string" },
      releaseYearFrom: { type: "integer" },
      releaseYearTo: { type: "integer" },
      cardsPerPackFrom: { type: "integer" },
      cardsPerPackTo: { type: "integer" },
      packsPerBoxFrom: { type: "integer" },
      packsPerBoxTo: { type: "integer" },
      boxesPerCaseFrom: { type: "integer" },
      boxesPerCaseTo: { type: "integer" },
      productionRunFrom: { type: "integer" },
      productionRunTo: { type: "integer" },
      productionRunUnit: { type: "string" },
      cardWidthFrom: { type: "number" },
      cardWidthTo: { type: "number" },
      cardHeightFrom: { type: "number" },
      cardHeightTo: { type: "number" }
    }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$TradingCardSetBaseResponse$0
    }
  },
  resource: null
};
const route$getVideoGame = {
  operation: "getVideoGame",
  method: "GET",
  path: "/videoGame",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        videoGame: {
          uid: "limaalph",
          title: "bravodel",
          releaseDate: "2024-12-15",
          stardateFrom: 843.6,
          stardateTo: 179.6,
          yearFrom: 251,
          yearTo: 384,
          systemRequirements: "limadelt",
          publishers: [sample$CompanyBase$3],
          developers: [sample$CompanyBase$3],
          platforms: [{ uid: "bravodel", name: "sierrata" }],
          genres: [{ uid: "alphaalp", name: "bravoalp" }],
          ratings: [sample$ContentRating$3],
          references: [sample$Reference$3]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getVideoGameSearch = {
  operation: "getVideoGameSearch",
  method: "GET",
  path: "/videoGame/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$VideoGameBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postVideoGameSearch = {
  operation: "postVideoGameSearch",
  method: "POST",
  path: "/videoGame/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostVideoGameSearchRequestBody,
    kind: "form",
    fields: {
      title: { type: "string" },
      releaseDateFrom: { type: "string" },
      releaseDateTo: { type: "string" }
    }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$VideoGameBaseResponse$0
    }
  },
  resource: null
};
const route$getVideoRelease = {
  operation: "getVideoRelease",
  method: "GET",
  path: "/videoRelease",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        videoRelease: {
          uid: "alphadel",
          title: "tangoalp",
          series: sample$SeriesBase$2,
          season: sample$SeasonBase$2,
          format: "DVD",
          numberOfEpisodes: 904,
          numberOfFeatureLengthEpisodes: 258,
          numberOfDataCarriers: 10,
          runTime: 318,
          yearFrom: 688,
          yearTo: 303,
          regionFreeReleaseDate: "2024-01-13",
          region1AReleaseDate: "2024-10-14",
          region1SlimlineReleaseDate: "2024-07-06",
          region2BReleaseDate: "2024-02-10",
          region2SlimlineReleaseDate: "2024-07-12",
          region4AReleaseDate: "2024-11-25",
          region4SlimlineReleaseDate: "2024-10-25",
          amazonDigitalRelease: false,
          dailymotionDigitalRelease: false,
          googlePlayDigitalRelease: true,
          iTunesDigitalRelease: false,
          ultraVioletDigitalRelease: false,
          vimeoDigitalRelease: true,
          vuduDigitalRelease: true,
          xboxSmartGlassDigitalRelease: false,
          youTubeDigitalRelease: false,
          netflixDigitalRelease: false,
          references: [sample$Reference$3],
          ratings: [sample$ContentRating$3],
          languages: [sample$ContentLanguage$3],
          languagesSubtitles: [sample$ContentLanguage$3],
          languagesDubbed: [sample$ContentLanguage$3]
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getVideoReleaseSearch = {
  operation: "getVideoReleaseSearch",
  method: "GET",
  path: "/videoRelease/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$VideoReleaseBaseResponse$0
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postVideoReleaseSearch = {
  operation: "postVideoReleaseSearch",
  method: "POST",
  path: "/videoRelease/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostVideoReleaseSearchRequestBody,
    kind: "form",
    fields: {
      title: { type: "string" },
      yearFrom: { type: "integer" },
      yearTo: { type: "integer" },
      runTimeFrom: { type: "integer" },
      runTimeTo: { type: "integer" }
    }
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: sample$VideoReleaseBaseResponse$0
    }
  },
  resource: null
};
const route$getWeapon = {
  operation: "getWeapon",
  method: "GET",
  path: "/weapon",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        weapon: {
          uid: "deltanov",
          name: "deltabra",
          handHeldWeapon: true,
          laserTechnology: true,
          plasmaTechnology: false,
          photonicTechnology: false,
          phaserTechnology: false,
          mirror: false,
          alternateReality: true
        }
      }
    }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$getWeaponSearch = {
  operation: "getWeaponSearch",
  method: "GET",
  path: "/weapon/search",
  server: null,
  security: null,
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$WeaponBaseResponse$0 }
  },
  resource: null,
  errors: [{ status: "default", contentType: "application/json", example: sample$Error$0 }]
};
const route$postWeaponSearch = {
  operation: "postWeaponSearch",
  method: "POST",
  path: "/weapon/search",
  server: null,
  security: null,
  requestBody: {
    required: false,
    contentTypes: ["application/x-www-form-urlencoded"],
    json: false,
    object: false,
    validate: validatePostWeaponSearchRequestBody,
    kind: "form",
    fields: {
      name: { type: "string" },
      handHeldWeapon: { type: "boolean" },
      laserTechnology: { type: "boolean" },
      plasmaTechnology: { type: "boolean" },
      photonicTechnology: { type: "boolean" },
      phaserTechnology: { type: "boolean" },
      mirror: { type: "boolean" },
      alternateReality: { type: "boolean" }
    }
  },
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: sample$WeaponBaseResponse$0 }
  },
  resource: null
};
const MOCK_ROUTES = [
  route$getAnimal,
  route$getAnimalSearch,
  route$postAnimalSearch,
  route$getAstronomicalObject,
  route$getAstronomicalObjectSearch,
  route$postAstronomicalObjectSearch,
  route$getBook,
  route$getBookSearch,
  route$postBookSearch,
  route$getBookCollection,
  route$getBookCollectionSearch,
  route$postBookCollectionSearch,
  route$getBookSeries,
  route$getBookSeriesSearch,
  route$postBookSeriesSearch,
  route$getCharacter,
  route$getCharacterSearch,
  route$postCharacterSearch,
  route$getComicCollection,
  route$getComicCollectionSearch,
  route$postComicCollectionSearch,
  route$getComicSeries,
  route$getComicSeriesSearch,
  route$postComicSeriesSearch,
  route$getComicStrip,
  route$getComicStripSearch,
  route$postComicStripSearch,
  route$getComics,
  route$getComicsSearch,
  route$postComicsSearch,
  route$getCompany,
  route$getCompanySearch,
  route$postCompanySearch,
  route$getConflict,
  route$getConflictSearch,
  route$postConflictSearch,
  route$getElement,
  route$getElementSearch,
  route$postElementSearch,
  route$getEpisode,
  route$getEpisodeSearch,
  route$postEpisodeSearch,
  route$getFood,
  route$getFoodSearch,
  route$postFoodSearch,
  route$getLiterature,
  route$getLiteratureSearch,
  route$postLiteratureSearch,
  route$getLocation,
  route$getLocationSearch,
  route$postLocationSearch,
  route$getMagazine,
  route$getMagazineSearch,
  route$postMagazineSearch,
  route$getMagazineSeries,
  route$getMagazineSeriesSearch,
  route$postMagazineSeriesSearch,
  route$getMaterial,
  route$getMaterialSearch,
  route$postMaterialSearch,
  route$getMedicalCondition,
  route$getMedicalConditionSearch,
  route$postMedicalConditionSearch,
  route$getMovie,
  route$getMovieSearch,
  route$postMovieSearch,
  route$getOccupation,
  route$getOccupationSearch,
  route$postOccupationSearch,
  route$getOrganization,
  route$getOrganizationSearch,
  route$postOrganizationSearch,
  route$getPerformer,
  route$getPerformerSearch,
  route$postPerformerSearch,
  route$getSeason,
  route$getSeasonSearch,
  route$postSeasonSearch,
  route$getSeries,
  route$getSeriesSearch,
  route$postSeriesSearch,
  route$getSoundtrack,
  route$getSoundtrackSearch,
  route$postSoundtrackSearch,
  route$getSpacecraft,
  route$getSpacecraftSearch,
  route$postSpacecraftSearch,
  route$getSpacecraftClass,
  route$getSpacecraftClassSearch,
  route$postSpacecraftClassSearch,
  route$getSpecies,
  route$getSpeciesSearch,
  route$postSpeciesSearch,
  route$getStaff,
  route$getStaffSearch,
  route$postStaffSearch,
  route$getTechnology,
  route$getTechnologySearch,
  route$postTechnologySearch,
  route$getTitle,
  route$getTitleSearch,
  route$postTitleSearch,
  route$getTradingCard,
  route$getTradingCardSearch,
  route$postTradingCardSearch,
  route$getTradingCardDeck,
  route$getTradingCardDeckSearch,
  route$postTradingCardDeckSearch,
  route$getTradingCardSet,
  route$getTradingCardSetSearch,
  route$postTradingCardSetSearch,
  route$getVideoGame,
  route$getVideoGameSearch,
  route$postVideoGameSearch,
  route$getVideoRelease,
  route$getVideoReleaseSearch,
  route$postVideoReleaseSearch,
  route$getWeapon,
  route$getWeaponSearch,
  route$postWeaponSearch
];
const MOCK_SEED_DATA = {};
function createMockApi(options = {}) {
  return createMockCore(
    { routes: MOCK_ROUTES, seed: MOCK_SEED_DATA, baseUrl: MOCK_BASE_URL },
    options
  );
}
export {
  MOCK_BASE_URL,
  MOCK_ROUTES,
  MOCK_SEED_DATA,
  createMockApi
};
