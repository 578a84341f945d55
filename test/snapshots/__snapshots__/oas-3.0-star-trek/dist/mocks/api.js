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
          uid: "novalima",
          name: "alphabra",
          earthAnimal: false,
          earthInsect: true,
          avian: false,
          canine: true,
          feline: false
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "novalima", message: "alphabra" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 104,
          pageSize: 70,
          numberOfElements: 319,
          totalElements: 244,
          totalPages: 884,
          firstPage: true,
          lastPage: true
        },
        sort: { clauses: [{ name: "sierrano", direction: "ASC", clauseOrder: 863 }] },
        animals: [
          {
            uid: "bravoech",
            name: "tangodel",
            earthAnimal: false,
            earthInsect: true,
            avian: false,
            canine: true,
            feline: false
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "alphaalp", message: "deltabra" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 552,
          pageSize: 520,
          numberOfElements: 683,
          totalElements: 876,
          totalPages: 418,
          firstPage: false,
          lastPage: false
        },
        sort: { clauses: [{ name: "echolima", direction: "ASC", clauseOrder: 404 }] },
        animals: [
          {
            uid: "tangosie",
            name: "echosier",
            earthAnimal: false,
            earthInsect: true,
            avian: true,
            canine: true,
            feline: false
          }
        ]
      }
    }
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
          uid: "novadelt",
          name: "alphabra",
          astronomicalObjectType: "M_CLASS_MOON",
          location: {
            uid: "bravolim",
            name: "alphanov",
            astronomicalObjectType: "ASTEROIDAL_MOON",
            location: { uid: "tangonov", name: "sierrano" }
          },
          astronomicalObjects: [
            {
              uid: "tangodel",
              name: "bravoech",
              astronomicalObjectType: "ARTIFICIAL_PLANET",
              location: { uid: "limaecho", name: "novaecho" }
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "novadelt", message: "alphabra" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 631,
          pageSize: 589,
          numberOfElements: 52,
          totalElements: 605,
          totalPages: 401,
          firstPage: true,
          lastPage: true
        },
        sort: { clauses: [{ name: "tangolim", direction: "ASC", clauseOrder: 938 }] },
        astronomicalObjects: [
          {
            uid: "tangobra",
            name: "limasier",
            astronomicalObjectType: "NEBULA",
            location: { uid: "bravodel", name: "alphadel" }
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "novalima", message: "alphalim" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 279,
          pageSize: 380,
          numberOfElements: 429,
          totalElements: 301,
          totalPages: 769,
          firstPage: false,
          lastPage: true
        },
        sort: { clauses: [{ name: "tangolim", direction: "DESC", clauseOrder: 294 }] },
        astronomicalObjects: [
          {
            uid: "limasier",
            name: "echobrav",
            astronomicalObjectType: "MOON",
            location: { uid: "sierrabr", name: "echoalph" }
          }
        ]
      }
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
          uid: "novaecho",
          title: "novasier",
          publishedYear: 900,
          publishedMonth: 264,
          publishedDay: 305,
          numberOfPages: 731,
          stardateFrom: 225.7,
          stardateTo: 818.9,
          yearFrom: 974,
          yearTo: 293,
          novel: true,
          referenceBook: false,
          biographyBook: true,
          rolePlayingBook: true,
          eBook: true,
          anthology: false,
          novelization: false,
          audiobook: true,
          audiobookAbridged: true,
          audiobookPublishedYear: 880,
          audiobookPublishedMonth: 793,
          audiobookPublishedDay: 923,
          audiobookRunTime: 750,
          productionNumber: "bravodel",
          bookSeries: [
            {
              uid: "echoecho",
              title: "alphabra",
              publishedYearFrom: 643,
              publishedMonthFrom: 9,
              publishedYearTo: 434,
              publishedMonthTo: 87,
              numberOfBooks: 637,
              yearFrom: 674,
              yearTo: 360,
              miniseries: false,
              eBookSeries: true
            }
          ],
          authors: [
            {
              uid: "sierrali",
              name: "tangolim",
              birthName: "alphaech",
              gender: "F",
              dateOfBirth: "2024-11-21",
              placeOfBirth: "echolima",
              dateOfDeath: "2024-01-10",
              placeOfDeath: "sierrali",
              artDepartment: true,
              artDirector: false,
              productionDesigner: false,
              cameraAndElectricalDepartment: false,
              cinematographer: false,
              castingDepartment: false,
              costumeDepartment: false,
              costumeDesigner: false,
              director: false,
              assistantOrSecondUnitDirector: true,
              exhibitAndAttractionStaff: true,
              filmEditor: true,
              linguist: false,
              locationStaff: true,
              makeupStaff: false,
              musicDepartment: true,
              composer: true,
              personalAssistant: false,
              producer: false,
              productionAssociate: false,
              productionStaff: false,
              publicationStaff: false,
              scienceConsultant: false,
              soundDepartment: true,
              specialAndVisualEffectsStaff: true,
              author: false,
              audioAuthor: false,
              calendarArtist: true,
              comicArtist: false,
              comicAuthor: true,
              comicColorArtist: true,
              comicInteriorArtist: true,
              comicInkArtist: true,
              comicPencilArtist: true,
              comicLetterArtist: true,
              comicStripArtist: false,
              gameArtist: true,
              gameAuthor: true,
              novelArtist: false,
              novelAuthor: true,
              referenceArtist: false,
              referenceAuthor: false,
              publicationArtist: true,
              publicationDesigner: false,
              publicationEditor: false,
              publicityArtist: false,
              cbsDigitalStaff: true,
              ilmProductionStaff: true,
              specialFeaturesStaff: false,
              storyEditor: true,
              studioExecutive: false,
              stuntDepartment: false,
              transportationDepartment: false,
              videoGameProductionStaff: false,
              writer: true
            }
          ],
          artists: [
            {
              uid: "alphaech",
              name: "alphaech",
              birthName: "tangolim",
              gender: "F",
              dateOfBirth: "2024-05-13",
              placeOfBirth: "deltadel",
              dateOfDeath: "2024-11-21",
              placeOfDeath: "alphaalp",
              artDepartment: false,
              artDirector: false,
              productionDesigner: true,
              cameraAndElectricalDepartment: false,
              cinematographer: false,
              castingDepartment: true,
              costumeDepartment: true,
              costumeDesigner: false,
              director: true,
              assistantOrSecondUnitDirector: true,
              exhibitAndAttractionStaff: true,
              filmEditor: false,
              linguist: true,
              locationStaff: true,
              makeupStaff: true,
              musicDepartment: false,
              composer: false,
              personalAssistant: true,
              producer: false,
              productionAssociate: true,
              productionStaff: true,
              publicationStaff: false,
              scienceConsultant: true,
              soundDepartment: false,
              specialAndVisualEffectsStaff: false,
              author: true,
              audioAuthor: true,
              calendarArtist: true,
              comicArtist: false,
              comicAuthor: false,
              comicColorArtist: true,
              comicInteriorArtist: false,
              comicInkArtist: true,
              comicPencilArtist: true,
              comicLetterArtist: true,
              comicStripArtist: false,
              gameArtist: true,
              gameAuthor: true,
              novelArtist: false,
              novelAuthor: false,
              referenceArtist: true,
              referenceAuthor: false,
              publicationArtist: true,
              publicationDesigner: true,
              publicationEditor: true,
              publicityArtist: false,
              cbsDigitalStaff: false,
              ilmProductionStaff: false,
              specialFeaturesStaff: false,
              storyEditor: false,
              studioExecutive: false,
              stuntDepartment: true,
              transportationDepartment: true,
              videoGameProductionStaff: true,
              writer: true
            }
          ],
          editors: [
            {
              uid: "tangotan",
              name: "bravodel",
              birthName: "limadelt",
              gender: "M",
              dateOfBirth: "2024-03-17",
              placeOfBirth: "echosier",
              dateOfDeath: "2024-12-28",
              placeOfDeath: "novanova",
              artDepartment: true,
              artDirector: false,
              productionDesigner: false,
              cameraAndElectricalDepartment: false,
              cinematographer: false,
              castingDepartment: false,
              costumeDepartment: false,
              costumeDesigner: true,
              director: false,
              assistantOrSecondUnitDirector: false,
              exhibitAndAttractionStaff: false,
              filmEditor: true,
              linguist: true,
              locationStaff: false,
              makeupStaff: true,
              musicDepartment: false,
              composer: false,
              personalAssistant: false,
              producer: true,
              productionAssociate: false,
              productionStaff: false,
              publicationStaff: false,
              scienceConsultant: false,
              soundDepartment: true,
              specialAndVisualEffectsStaff: true,
              author: false,
              audioAuthor: false,
              calendarArtist: true,
              comicArtist: true,
              comicAuthor: false,
              comicColorArtist: true,
              comicInteriorArtist: false,
              comicInkArtist: true,
              comicPencilArtist: true,
              comicLetterArtist: true,
              comicStripArtist: true,
              gameArtist: false,
              gameAuthor: true,
              novelArtist: true,
              novelAuthor: false,
              referenceArtist: true,
              referenceAuthor: true,
              publicationArtist: false,
              publicationDesigner: true,
              publicationEditor: true,
              publicityArtist: false,
              cbsDigitalStaff: true,
              ilmProductionStaff: false,
              specialFeaturesStaff: false,
              storyEditor: true,
              studioExecutive: false,
              stuntDepartment: false,
              transportationDepartment: false,
              videoGameProductionStaff: false,
              writer: true
            }
          ],
          audiobookNarrators: [
            {
              uid: "echodelt",
              name: "tangoech",
              birthName: "sierrasi",
              gender: "F",
              dateOfBirth: "2024-01-24",
              placeOfBirth: "bravoech",
              dateOfDeath: "2024-01-25",
              placeOfDeath: "bravosie",
              artDepartment: false,
              artDirector: true,
              productionDesigner: false,
              cameraAndElectricalDepartment: true,
              cinematographer: false,
              castingDepartment: false,
              costumeDepartment: false,
              costumeDesigner: true,
              director: true,
              assistantOrSecondUnitDirector: true,
              exhibitAndAttractionStaff: true,
              filmEditor: true,
              linguist: true,
              locationStaff: true,
              makeupStaff: false,
              musicDepartment: false,
              composer: true,
              personalAssistant: true,
              producer: false,
              productionAssociate: false,
              productionStaff: false,
              publicationStaff: true,
              scienceConsultant: true,
              soundDepartment: false,
              specialAndVisualEffectsStaff: true,
              author: false,
              audioAuthor: true,
              calendarArtist: true,
              comicArtist: false,
              comicAuthor: false,
              comicColorArtist: false,
              comicInteriorArtist: true,
              comicInkArtist: true,
              comicPencilArtist: true,
              comicLetterArtist: false,
              comicStripArtist: true,
              gameArtist: true,
              gameAuthor: true,
              novelArtist: false,
              novelAuthor: false,
              referenceArtist: false,
              referenceAuthor: false,
              publicationArtist: false,
              publicationDesigner: false,
              publicationEditor: true,
              publicityArtist: true,
              cbsDigitalStaff: true,
              ilmProductionStaff: false,
              specialFeaturesStaff: true,
              storyEditor: true,
              studioExecutive: false,
              stuntDepartment: false,
              transportationDepartment: false,
              videoGameProductionStaff: false,
              writer: true
            }
          ],
          publishers: [
            {
              uid: "sierrano",
              name: "bravotan",
              broadcaster: false,
              collectibleCompany: false,
              conglomerate: false,
              digitalVisualEffectsCompany: true,
              distributor: true,
              gameCompany: false,
              filmEquipmentCompany: false,
              makeUpEffectsStudio: true,
              mattePaintingCompany: true,
              modelAndMiniatureEffectsCompany: true,
              postProductionCompany: true,
              productionCompany: false,
              propCompany: false,
              recordLabel: false,
              specialEffectsCompany: true,
              tvAndFilmProductionCompany: false,
              videoGameCompany: false
            }
          ],
          audiobookPublishers: [
            {
              uid: "sierraal",
              name: "echoecho",
              broadcaster: false,
              collectibleCompany: true,
              conglomerate: true,
              digitalVisualEffectsCompany: false,
              distributor: false,
              gameCompany: false,
              filmEquipmentCompany: false,
              makeUpEffectsStudio: true,
              mattePaintingCompany: false,
              modelAndMiniatureEffectsCompany: true,
              postProductionCompany: true,
              productionCompany: false,
              propCompany: true,
              recordLabel: false,
              specialEffectsCompany: false,
              tvAndFilmProductionCompany: true,
              videoGameCompany: true
            }
          ],
          characters: [
            {
              uid: "tangobra",
              name: "tangonov",
              gender: "M",
              yearOfBirth: 760,
              monthOfBirth: 12,
              dayOfBirth: 786,
              placeOfBirth: "tangoech",
              yearOfDeath: 14,
              monthOfDeath: 225,
              dayOfDeath: 224,
              placeOfDeath: "echodelt",
              height: 393,
              weight: 64,
              deceased: true,
              bloodType: "B_NEGATIVE",
              maritalStatus: "SEPARATED",
              serialNumber: "alphaalp",
              hologramActivationDate: "limaalph",
              hologramStatus: "echotang",
              hologramDateStatus: "deltaalp",
              hologram: false,
              fictionalCharacter: false,
              mirror: false,
              alternateReality: true
            }
          ],
          references: [{ uid: "deltatan", referenceType: "ASIN", referenceNumber: "limadelt" }],
          audiobookReferences: [
            { uid: "novatang", referenceType: "ISBN", referenceNumber: "alphanov" }
          ],
          bookCollections: [
            {
              uid: "limatang",
              title: "bravoech",
              publishedYear: 703,
              publishedMonth: 30,
              publishedDay: 114,
              numberOfPages: 616,
              stardateFrom: 675,
              stardateTo: 812.1,
              yearFrom: 832,
              yearTo: 919
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "novaecho", message: "novasier" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 364,
          pageSize: 335,
          numberOfElements: 384,
          totalElements: 67,
          totalPages: 324,
          firstPage: true,
          lastPage: false
        },
        sort: { clauses: [{ name: "alphatan", direction: "ASC", clauseOrder: 94 }] },
        books: [
          {
            uid: "echoalph",
            title: "echobrav",
            publishedYear: 62,
            publishedMonth: 329,
            publishedDay: 890,
            numberOfPages: 233,
            stardateFrom: 305.8,
            stardateTo: 648.1,
            yearFrom: 845,
            yearTo: 554,
            novel: true,
            referenceBook: false,
            biographyBook: true,
            rolePlayingBook: false,
            eBook: false,
            anthology: true,
            novelization: false,
            audiobook: true,
            audiobookAbridged: true,
            audiobookPublishedYear: 73,
            audiobookPublishedMonth: 443,
            audiobookPublishedDay: 428,
            audiobookRunTime: 172,
            productionNumber: "echolima"
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "deltadel", message: "echoalph" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 308,
          pageSize: 97,
          numberOfElements: 391,
          totalElements: 487,
          totalPages: 824,
          firstPage: false,
          lastPage: false
        },
        sort: { clauses: [{ name: "limalima", direction: "ASC", clauseOrder: 763 }] },
        books: [
          {
            uid: "deltalim",
            title: "alphatan",
            publishedYear: 353,
            publishedMonth: 971,
            publishedDay: 394,
            numberOfPages: 193,
            stardateFrom: 175.8,
            stardateTo: 136.6,
            yearFrom: 789,
            yearTo: 444,
            novel: true,
            referenceBook: true,
            biographyBook: true,
            rolePlayingBook: false,
            eBook: true,
            anthology: false,
            novelization: false,
            audiobook: false,
            audiobookAbridged: true,
            audiobookPublishedYear: 138,
            audiobookPublishedMonth: 699,
            audiobookPublishedDay: 302,
            audiobookRunTime: 154,
            productionNumber: "sierrali"
          }
        ]
      }
    }
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
          uid: "deltadel",
          title: "tangolim",
          publishedYear: 88,
          publishedMonth: 86,
          publishedDay: 922,
          numberOfPages: 798,
          stardateFrom: 634.5,
          stardateTo: 891.3,
          yearFrom: 186,
          yearTo: 687,
          bookSeries: [
            {
              uid: "tangoalp",
              title: "bravodel",
              publishedYearFrom: 243,
              publishedMonthFrom: 140,
              publishedYearTo: 32,
              publishedMonthTo: 317,
              numberOfBooks: 469,
              yearFrom: 45,
              yearTo: 757,
              miniseries: true,
              eBookSeries: false
            }
          ],
          authors: [
            {
              uid: "limaecho",
              name: "alphaalp",
              birthName: "deltabra",
              gender: "M",
              dateOfBirth: "2024-07-09",
              placeOfBirth: "deltasie",
              dateOfDeath: "2024-11-26",
              placeOfDeath: "echodelt",
              artDepartment: false,
              artDirector: true,
              productionDesigner: true,
              cameraAndElectricalDepartment: false,
              cinematographer: true,
              castingDepartment: true,
              costumeDepartment: false,
              costumeDesigner: true,
              director: false,
              assistantOrSecondUnitDirector: false,
              exhibitAndAttractionStaff: false,
              filmEditor: true,
              linguist: true,
              locationStaff: false,
              makeupStaff: false,
              musicDepartment: false,
              composer: true,
              personalAssistant: false,
              producer: true,
              productionAssociate: true,
              productionStaff: false,
              publicationStaff: true,
              scienceConsultant: true,
              soundDepartment: false,
              specialAndVisualEffectsStaff: true,
              author: false,
              audioAuthor: false,
              calendarArtist: true,
              comicArtist: true,
              comicAuthor: false,
              comicColorArtist: false,
              comicInteriorArtist: false,
              comicInkArtist: false,
              comicPencilArtist: false,
              comicLetterArtist: true,
              comicStripArtist: true,
              gameArtist: false,
              gameAuthor: true,
              novelArtist: true,
              novelAuthor: true,
              referenceArtist: false,
              referenceAuthor: false,
              publicationArtist: false,
              publicationDesigner: true,
              publicationEditor: false,
              publicityArtist: false,
              cbsDigitalStaff: false,
              ilmProductionStaff: false,
              specialFeaturesStaff: false,
              storyEditor: true,
              studioExecutive: false,
              stuntDepartment: false,
              transportationDepartment: true,
              videoGameProductionStaff: false,
              writer: true
            }
          ],
          artists: [
            {
              uid: "alphanov",
              name: "bravotan",
              birthName: "limaecho",
              gender: "M",
              dateOfBirth: "2024-10-01",
              placeOfBirth: "alphaalp",
              dateOfDeath: "2024-12-14",
              placeOfDeath: "novalima",
              artDepartment: false,
              artDirector: true,
              productionDesigner: false,
              cameraAndElectricalDepartment: true,
              cinematographer: true,
              castingDepartment: false,
              costumeDepartment: true,
              costumeDesigner: false,
              director: true,
              assistantOrSecondUnitDirector: true,
              exhibitAndAttractionStaff: true,
              filmEditor: false,
              linguist: false,
              locationStaff: true,
              makeupStaff: false,
              musicDepartment: true,
              composer: true,
              personalAssistant: true,
              producer: true,
              productionAssociate: false,
              productionStaff: true,
              publicationStaff: false,
              scienceConsultant: true,
              soundDepartment: true,
              specialAndVisualEffectsStaff: false,
              author: true,
              audioAuthor: false,
              calendarArtist: true,
              comicArtist: true,
              comicAuthor: false,
              comicColorArtist: true,
              comicInteriorArtist: false,
              comicInkArtist: false,
              comicPencilArtist: true,
              comicLetterArtist: true,
              comicStripArtist: false,
              gameArtist: true,
              gameAuthor: true,
              novelArtist: false,
              novelAuthor: true,
              referenceArtist: true,
              referenceAuthor: true,
              publicationArtist: true,
              publicationDesigner: false,
              publicationEditor: false,
              publicityArtist: true,
              cbsDigitalStaff: false,
              ilmProductionStaff: false,
              specialFeaturesStaff: false,
              storyEditor: true,
              studioExecutive: true,
              stuntDepartment: false,
              transportationDepartment: false,
              videoGameProductionStaff: false,
              writer: true
            }
          ],
          editors: [
            {
              uid: "alphalim",
              name: "novatang",
              birthName: "tangoalp",
              gender: "M",
              dateOfBirth: "2024-01-10",
              placeOfBirth: "tangoech",
              dateOfDeath: "2024-07-18",
              placeOfDeath: "novalima",
              artDepartment: true,
              artDirector: true,
              productionDesigner: true,
              cameraAndElectricalDepartment: true,
              cinematographer: true,
              castingDepartment: false,
              costumeDepartment: false,
              costumeDesigner: true,
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
              producer: true,
              productionAssociate: true,
              productionStaff: false,
              publicationStaff: false,
              scienceConsultant: false,
              soundDepartment: true,
              specialAndVisualEffectsStaff: true,
              author: false,
              audioAuthor: false,
              calendarArtist: true,
              comicArtist: false,
              comicAuthor: false,
              comicColorArtist: true,
              comicInteriorArtist: false,
              comicInkArtist: false,
              comicPencilArtist: true,
              comicLetterArtist: false,
              comicStripArtist: false,
              gameArtist: false,
              gameAuthor: false,
              novelArtist: false,
              novelAuthor: false,
              referenceArtist: true,
              referenceAuthor: true,
              publicationArtist: true,
              publicationDesigner: true,
              publicationEditor: true,
              publicityArtist: true,
              cbsDigitalStaff: false,
              ilmProductionStaff: false,
              specialFeaturesStaff: false,
              storyEditor: true,
              studioExecutive: false,
              stuntDepartment: false,
              transportationDepartment: false,
              videoGameProductionStaff: false,
              writer: true
            }
          ],
          publishers: [
            {
              uid: "limalima",
              name: "novabrav",
              broadcaster: false,
              collectibleCompany: false,
              conglomerate: false,
              digitalVisualEffectsCompany: true,
              distributor: false,
              gameCompany: false,
              filmEquipmentCompany: true,
              makeUpEffectsStudio: true,
              mattePaintingCompany: true,
              modelAndMiniatureEffectsCompany: false,
              postProductionCompany: false,
              productionCompany: false,
              propCompany: false,
              recordLabel: true,
              specialEffectsCompany: false,
              tvAndFilmProductionCompany: true,
              videoGameCompany: false
            }
          ],
          characters: [
            {
              uid: "limatang",
              name: "tangosie",
              gender: "M",
              yearOfBirth: 171,
              monthOfBirth: 311,
              dayOfBirth: 919,
              placeOfBirth: "alphalim",
              yearOfDeath: 517,
              monthOfDeath: 821,
              dayOfDeath: 980,
              placeOfDeath: "alphasie",
              height: 967,
              weight: 214,
              deceased: false,
              bloodType: "T_NEGATIVE",
              maritalStatus: "SEPARATED",
              serialNumber: "bravoech",
              hologramActivationDate: "limaecho",
              hologramStatus: "echosier",
              hologramDateStatus: "alphalim",
              hologram: true,
              fictionalCharacter: true,
              mirror: true,
              alternateReality: true
            }
          ],
          references: [{ uid: "novatang", referenceType: "ISBN", referenceNumber: "bravobra" }],
          books: [
            {
              uid: "bravodel",
              title: "echoecho",
              publishedYear: 879,
              publishedMonth: 695,
              publishedDay: 886,
              numberOfPages: 720,
              stardateFrom: 359.7,
              stardateTo: 420.7,
              yearFrom: 184,
              yearTo: 917,
              novel: true,
              referenceBook: false,
              biographyBook: true,
              rolePlayingBook: false,
              eBook: true,
              anthology: true,
              novelization: false,
              audiobook: true,
              audiobookAbridged: false,
              audiobookPublishedYear: 801,
              audiobookPublishedMonth: 678,
              audiobookPublishedDay: 345,
              audiobookRunTime: 630,
              productionNumber: "alphaalp"
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "deltadel", message: "tangolim" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 426,
          pageSize: 297,
          numberOfElements: 635,
          totalElements: 988,
          totalPages: 808,
          firstPage: true,
          lastPage: false
        },
        sort: { clauses: [{ name: "sierraec", direction: "DESC", clauseOrder: 968 }] },
        bookCollections: [
          {
            uid: "novaecho",
            title: "deltanov",
            publishedYear: 47,
            publishedMonth: 724,
            publishedDay: 807,
            numberOfPages: 145,
            stardateFrom: 805.1,
            stardateTo: 818,
            yearFrom: 417,
            yearTo: 359
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "echodelt", message: "novatang" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 302,
          pageSize: 688,
          numberOfElements: 521,
          totalElements: 810,
          totalPages: 670,
          firstPage: false,
          lastPage: false
        },
        sort: { clauses: [{ name: "novaecho", direction: "ASC", clauseOrder: 268 }] },
        bookCollections: [
          {
            uid: "alphasie",
            title: "tangotan",
            publishedYear: 561,
            publishedMonth: 578,
            publishedDay: 903,
            numberOfPages: 89,
            stardateFrom: 279.9,
            stardateTo: 126.6,
            yearFrom: 249,
            yearTo: 918
          }
        ]
      }
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
          uid: "sierrabr",
          title: "limasier",
          publishedYearFrom: 110,
          publishedMonthFrom: 862,
          publishedYearTo: 240,
          publishedMonthTo: 703,
          numberOfBooks: 986,
          yearFrom: 824,
          yearTo: 35,
          miniseries: false,
          eBookSeries: false,
          parentSeries: [
            {
              uid: "novanova",
              title: "bravosie",
              publishedYearFrom: 160,
              publishedMonthFrom: 790,
              publishedYearTo: 925,
              publishedMonthTo: 65,
              numberOfBooks: 606,
              yearFrom: 237,
              yearTo: 101,
              miniseries: true,
              eBookSeries: false
            }
          ],
          childSeries: [
            {
              uid: "sierraal",
              title: "sierrali",
              publishedYearFrom: 654,
              publishedMonthFrom: 307,
              publishedYearTo: 781,
              publishedMonthTo: 515,
              numberOfBooks: 166,
              yearFrom: 877,
              yearTo: 3,
              miniseries: false,
              eBookSeries: false
            }
          ],
          publishers: [
            {
              uid: "novalima",
              name: "deltaech",
              broadcaster: false,
              collectibleCompany: true,
              conglomerate: true,
              digitalVisualEffectsCompany: false,
              distributor: false,
              gameCompany: true,
              filmEquipmentCompany: true,
              makeUpEffectsStudio: false,
              mattePaintingCompany: false,
              modelAndMiniatureEffectsCompany: true,
              postProductionCompany: true,
              productionCompany: true,
              propCompany: true,
              recordLabel: true,
              specialEffectsCompany: true,
              tvAndFilmProductionCompany: true,
              videoGameCompany: false
            }
          ],
          books: [
            {
              uid: "novaalph",
              title: "alphaalp",
              publishedYear: 782,
              publishedMonth: 281,
              publishedDay: 683,
              numberOfPages: 104,
              stardateFrom: 702,
              stardateTo: 806,
              yearFrom: 455,
              yearTo: 414,
              novel: true,
              referenceBook: false,
              biographyBook: true,
              rolePlayingBook: false,
              eBook: false,
              anthology: false,
              novelization: true,
              audiobook: true,
              audiobookAbridged: true,
              audiobookPublishedYear: 283,
              audiobookPublishedMonth: 974,
              audiobookPublishedDay: 536,
              audiobookRunTime: 339,
              productionNumber: "echolima"
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "sierrabr", message: "limasier" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 164,
          pageSize: 642,
          numberOfElements: 606,
          totalElements: 342,
          totalPages: 31,
          firstPage: true,
          lastPage: false
        },
        sort: { clauses: [{ name: "deltasie", direction: "DESC", clauseOrder: 402 }] },
        bookSeries: [
          {
            uid: "bravonov",
            title: "deltadel",
            publishedYearFrom: 670,
            publishedMonthFrom: 701,
            publishedYearTo: 654,
            publishedMonthTo: 695,
            numberOfBooks: 671,
            yearFrom: 646,
            yearTo: 378,
            miniseries: false,
            eBookSeries: false
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "bravonov", message: "limadelt" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 792,
          pageSize: 555,
          numberOfElements: 840,
          totalElements: 890,
          totalPages: 537,
          firstPage: false,
          lastPage: true
        },
        sort: { clauses: [{ name: "tangobra", direction: "DESC", clauseOrder: 509 }] },
        bookSeries: [
          {
            uid: "novasier",
            title: "deltasie",
            publishedYearFrom: 405,
            publishedMonthFrom: 890,
            publishedYearTo: 437,
            publishedMonthTo: 423,
            numberOfBooks: 541,
            yearFrom: 815,
            yearTo: 825,
            miniseries: true,
            eBookSeries: true
          }
        ]
      }
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
          uid: "sierrade",
          name: "bravodel",
          gender: "M",
          yearOfBirth: 850,
          monthOfBirth: 494,
          dayOfBirth: 614,
          placeOfBirth: "echoalph",
          yearOfDeath: 752,
          monthOfDeath: 416,
          dayOfDeath: 872,
          placeOfDeath: "echoecho",
          height: 606,
          weight: 288,
          deceased: true,
          bloodType: "B_NEGATIVE",
          maritalStatus: "CAPTAINS_WOMAN",
          serialNumber: "novasier",
          hologramActivationDate: "sierraec",
          hologramStatus: "deltaalp",
          hologramDateStatus: "sierraec",
          hologram: true,
          fictionalCharacter: true,
          mirror: true,
          alternateReality: true,
          performers: [
            {
              uid: "deltabra",
              name: "deltadel",
              birthName: "sierrata",
              gender: "F",
              dateOfBirth: "2024-10-18",
              placeOfBirth: "echobrav",
              dateOfDeath: "2024-09-25",
              placeOfDeath: "echodelt",
              animalPerformer: true,
              disPerformer: true,
              ds9Performer: false,
              entPerformer: false,
              filmPerformer: false,
              standInPerformer: false,
              stuntPerformer: false,
              tasPerformer: false,
              tngPerformer: true,
              tosPerformer: false,
              videoGamePerformer: false,
              voicePerformer: true,
              voyPerformer: false
            }
          ],
          episodes: [
            {
              uid: "sierraal",
              title: "deltaalp",
              titleGerman: "alphalim",
              titleItalian: "sierrasi",
              titleJapanese: "bravosie",
              series: { uid: "limabrav", title: "novalima" },
              season: { uid: "bravosie", title: "novaecho" },
              seasonNumber: 137,
              episodeNumber: 502,
              productionSerialNumber: "deltasie",
              featureLength: true,
              stardateFrom: 128.7,
              stardateTo: 676.1,
              yearFrom: 940,
              yearTo: 345,
              usAirDate: "2024-09-29",
              finalScriptDate: "2024-11-28"
            }
          ],
          movies: [
            {
              uid: "echolima",
              title: "sierrata",
              mainDirector: { uid: "bravoech", name: "deltatan" },
              titleBulgarian: "limaalph",
              titleCatalan: "alphaalp",
              titleChineseTraditional: "deltalim",
              titleGerman: "alphasie",
              titleItalian: "tangosie",
              titleJapanese: "alphasie",
              titlePolish: "limaecho",
              titleRussian: "sierraal",
              titleSerbian: "limadelt",
              titleSpanish: "tangobra",
              stardateFrom: 112,
              stardateTo: 612.1,
              yearFrom: 517,
              yearTo: 729,
              usReleaseDate: "2024-07-26"
            }
          ],
          characterSpecies: [
            { uid: "bravoech", name: "tangonov", numerator: 302, denominator: 187 }
          ],
          characterRelations: [
            {
              type: "bravobra",
              source: { uid: "echoecho", name: "deltaech" },
              target: { uid: "deltaalp", name: "tangolim" }
            }
          ],
          titles: [
            {
              uid: "limasier",
              name: "deltabra",
              militaryRank: true,
              fleetRank: true,
              religiousTitle: true,
              position: false,
              mirror: true
            }
          ],
          occupations: [
            {
              uid: "deltasie",
              name: "limalima",
              legalOccupation: true,
              medicalOccupation: false,
              scientificOccupation: false
            }
          ],
          organizations: [
            {
              uid: "bravodel",
              name: "tangodel",
              government: true,
              intergovernmentalOrganization: true,
              researchOrganization: true,
              sportOrganization: true,
              medicalOrganization: false,
              militaryOrganization: false,
              militaryUnit: true,
              governmentAgency: false,
              lawEnforcementAgency: false,
              prisonOrPenalColony: true,
              mirror: false,
              alternateReality: true
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "sierrade", message: "bravodel" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 60,
          pageSize: 336,
          numberOfElements: 537,
          totalElements: 643,
          totalPages: 224,
          firstPage: false,
          lastPage: true
        },
        sort: { clauses: [{ name: "sierrasi", direction: "DESC", clauseOrder: 462 }] },
        characters: [
          {
            uid: "deltanov",
            name: "alphanov",
            gender: "M",
            yearOfBirth: 803,
            monthOfBirth: 694,
            dayOfBirth: 497,
            placeOfBirth: "deltaalp",
            yearOfDeath: 364,
            monthOfDeath: 132,
            dayOfDeath: 389,
            placeOfDeath: "sierrade",
            height: 467,
            weight: 787,
            deceased: true,
            bloodType: "T_NEGATIVE",
            maritalStatus: "MARRIED",
            serialNumber: "limaecho",
            hologramActivationDate: "deltaalp",
            hologramStatus: "alphabra",
            hologramDateStatus: "tangonov",
            hologram: true,
            fictionalCharacter: true,
            mirror: true,
            alternateReality: false
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "alphadel", message: "limanova" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 261,
          pageSize: 890,
          numberOfElements: 494,
          totalElements: 819,
          totalPages: 389,
          firstPage: true,
          lastPage: false
        },
        sort: { clauses: [{ name: "echoecho", direction: "DESC", clauseOrder: 453 }] },
        characters: [
          {
            uid: "novaecho",
            name: "sierrano",
            gender: "F",
            yearOfBirth: 785,
            monthOfBirth: 763,
            dayOfBirth: 838,
            placeOfBirth: "tangodel",
            yearOfDeath: 856,
            monthOfDeath: 487,
            dayOfDeath: 119,
            placeOfDeath: "sierraal",
            height: 419,
            weight: 13,
            deceased: false,
            bloodType: "T_NEGATIVE",
            maritalStatus: "WIDOWED",
            serialNumber: "sierrabr",
            hologramActivationDate: "echodelt",
            hologramStatus: "tangoech",
            hologramDateStatus: "echoecho",
            hologram: true,
            fictionalCharacter: false,
            mirror: false,
            alternateReality: false
          }
        ]
      }
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
          uid: "limanova",
          title: "tangodel",
          publishedYear: 256,
          publishedMonth: 727,
          publishedDay: 488,
          coverYear: 708,
          coverMonth: 552,
          coverDay: 804,
          numberOfPages: 708,
          stardateFrom: 875.7,
          stardateTo: 614.3,
          yearFrom: 950,
          yearTo: 983,
          photonovel: true,
          comicSeries: [
            {
              uid: "alphaalp",
              title: "novadelt",
              publishedYearFrom: 847,
              publishedMonthFrom: 183,
              publishedDayFrom: 823,
              publishedYearTo: 872,
              publishedMonthTo: 920,
              publishedDayTo: 483,
              numberOfIssues: 27,
              stardateFrom: 443,
              stardateTo: 197.8,
              yearFrom: 277,
              yearTo: 993,
              miniseries: true,
              photonovelSeries: false
            }
          ],
          writers: [
            {
              uid: "sierrade",
              name: "tangotan",
              birthName: "limaalph",
              gender: "M",
              dateOfBirth: "2024-05-04",
              placeOfBirth: "alphabra",
              dateOfDeath: "2024-09-06",
              placeOfDeath: "sierrali",
              artDepartment: true,
              artDirector: true,
              productionDesigner: true,
              cameraAndElectricalDepartment: false,
              cinematographer: true,
              castingDepartment: true,
              costumeDepartment: false,
              costumeDesigner: true,
              director: true,
              assistantOrSecondUnitDirector: false,
              exhibitAndAttractionStaff: true,
              filmEditor: false,
              linguist: false,
              locationStaff: true,
              makeupStaff: false,
              musicDepartment: true,
              composer: true,
              personalAssistant: false,
              producer: true,
              productionAssociate: true,
              productionStaff: false,
              publicationStaff: true,
              scienceConsultant: false,
              soundDepartment: false,
              specialAndVisualEffectsStaff: true,
              author: false,
              audioAuthor: true,
              calendarArtist: false,
              comicArtist: false,
              comicAuthor: false,
              comicColorArtist: true,
              comicInteriorArtist: true,
              comicInkArtist: false,
              comicPencilArtist: true,
              comicLetterArtist: true,
              comicStripArtist: false,
              gameArtist: false,
              gameAuthor: false,
              novelArtist: true,
              novelAuthor: false,
              referenceArtist: true,
              referenceAuthor: true,
              publicationArtist: true,
              publicationDesigner: false,
              publicationEditor: true,
              publicityArtist: false,
              cbsDigitalStaff: false,
              ilmProductionStaff: false,
              specialFeaturesStaff: true,
              storyEditor: true,
              studioExecutive: false,
              stuntDepartment: false,
              transportationDepartment: true,
              videoGameProductionStaff: true,
              writer: false
            }
          ],
          artists: [
            {
              uid: "echonova",
              name: "bravoalp",
              birthName: "alphatan",
              gender: "M",
              dateOfBirth: "2024-02-25",
              placeOfBirth: "bravolim",
              dateOfDeath: "2024-02-05",
              placeOfDeath: "echodelt",
              artDepartment: false,
              artDirector: true,
              productionDesigner: false,
              cameraAndElectricalDepartment: true,
              cinematographer: false,
              castingDepartment: false,
              costumeDepartment: true,
              costumeDesigner: true,
              director: true,
              assistantOrSecondUnitDirector: true,
              exhibitAndAttractionStaff: true,
              filmEditor: true,
              linguist: true,
              locationStaff: false,
              makeupStaff: true,
              musicDepartment: true,
              composer: false,
              personalAssistant: true,
              producer: true,
              productionAssociate: false,
              productionStaff: true,
              publicationStaff: true,
              scienceConsultant: true,
              soundDepartment: false,
              specialAndVisualEffectsStaff: true,
              author: false,
              audioAuthor: true,
              calendarArtist: true,
              comicArtist: false,
              comicAuthor: true,
              comicColorArtist: false,
              comicInteriorArtist: false,
              comicInkArtist: true,
              comicPencilArtist: false,
              comicLetterArtist: false,
              comicStripArtist: true,
              gameArtist: true,
              gameAuthor: true,
              novelArtist: false,
              novelAuthor: false,
              referenceArtist: false,
              referenceAuthor: true,
              publicationArtist: false,
              publicationDesigner: true,
              publicationEditor: true,
              publicityArtist: true,
              cbsDigitalStaff: false,
              ilmProductionStaff: true,
              specialFeaturesStaff: false,
              storyEditor: false,
              studioExecutive: false,
              stuntDepartment: true,
              transportationDepartment: true,
              videoGameProductionStaff: false,
              writer: false
            }
          ],
          editors: [
            {
              uid: "deltaech",
              name: "tangobra",
              birthName: "sierrali",
              gender: "M",
              dateOfBirth: "2024-06-17",
              placeOfBirth: "echodelt",
              dateOfDeath: "2024-02-03",
              placeOfDeath: "sierrata",
              artDepartment: true,
              artDirector: true,
              productionDesigner: false,
              cameraAndElectricalDepartment: true,
              cinematographer: false,
              castingDepartment: false,
              costumeDepartment: true,
              costumeDesigner: true,
              director: false,
              assistantOrSecondUnitDirector: false,
              exhibitAndAttractionStaff: false,
              filmEditor: false,
              linguist: false,
              locationStaff: true,
              makeupStaff: false,
              musicDepartment: false,
              composer: true,
              personalAssistant: false,
              producer: false,
              productionAssociate: false,
              productionStaff: true,
              publicationStaff: false,
              scienceConsultant: false,
              soundDepartment: true,
              specialAndVisualEffectsStaff: false,
              author: false,
              audioAuthor: false,
              calendarArtist: true,
              comicArtist: true,
              comicAuthor: true,
              comicColorArtist: true,
              comicInteriorArtist: false,
              comicInkArtist: true,
              comicPencilArtist: true,
              comicLetterArtist: false,
              comicStripArtist: true,
              gameArtist: true,
              gameAuthor: false,
              novelArtist: true,
              novelAuthor: true,
              referenceArtist: true,
              referenceAuthor: true,
              publicationArtist: true,
              publicationDesigner: true,
              publicationEditor: true,
              publicityArtist: true,
              cbsDigitalStaff: false,
              ilmProductionStaff: true,
              specialFeaturesStaff: true,
              storyEditor: true,
              studioExecutive: true,
              stuntDepartment: false,
              transportationDepartment: false,
              videoGameProductionStaff: true,
              writer: false
            }
          ],
          staff: [
            {
              uid: "sierraal",
              name: "bravodel",
              birthName: "alphatan",
              gender: "M",
              dateOfBirth: "2024-10-13",
              placeOfBirth: "limalima",
              dateOfDeath: "2024-10-10",
              placeOfDeath: "deltaalp",
              artDepartment: true,
              artDirector: false,
              productionDesigner: true,
              cameraAndElectricalDepartment: false,
              cinematographer: true,
              castingDepartment: false,
              costumeDepartment: false,
              costumeDesigner: false,
              director: true,
              assistantOrSecondUnitDirector: false,
              exhibitAndAttractionStaff: false,
              filmEditor: true,
              linguist: false,
              locationStaff: false,
              makeupStaff: false,
              musicDepartment: false,
              composer: false,
              personalAssistant: true,
              producer: false,
              productionAssociate: true,
              productionStaff: true,
              publicationStaff: false,
              scienceConsultant: false,
              soundDepartment: false,
              specialAndVisualEffectsStaff: true,
              author: false,
              audioAuthor: false,
              calendarArtist: true,
              comicArtist: false,
              comicAuthor: true,
              comicColorArtist: false,
              comicInteriorArtist: true,
              comicInkArtist: true,
              comicPencilArtist: true,
              comicLetterArtist: true,
              comicStripArtist: false,
              gameArtist: false,
              gameAuthor: true,
              novelArtist: true,
              novelAuthor: true,
              referenceArtist: true,
              referenceAuthor: true,
              publicationArtist: true,
              publicationDesigner: false,
              publicationEditor: true,
              publicityArtist: false,
              cbsDigitalStaff: false,
              ilmProductionStaff: true,
              specialFeaturesStaff: false,
              storyEditor: false,
              studioExecutive: true,
              stuntDepartment: false,
              transportationDepartment: true,
              videoGameProductionStaff: true,
              writer: false
            }
          ],
          publishers: [
            {
              uid: "tangolim",
              name: "sierraec",
              broadcaster: true,
              collectibleCompany: false,
              conglomerate: false,
              digitalVisualEffectsCompany: true,
              distributor: false,
              gameCompany: false,
              filmEquipmentCompany: true,
              makeUpEffectsStudio: true,
              mattePaintingCompany: true,
              modelAndMiniatureEffectsCompany: false,
              postProductionCompany: false,
              productionCompany: true,
              propCompany: false,
              recordLabel: true,
              specialEffectsCompany: false,
              tvAndFilmProductionCompany: true,
              videoGameCompany: true
            }
          ],
          characters: [
            {
              uid: "sierrano",
              name: "tangolim",
              gender: "M",
              yearOfBirth: 530,
              monthOfBirth: 671,
              dayOfBirth: 146,
              placeOfBirth: "deltasie",
              yearOfDeath: 972,
              monthOfDeath: 147,
              dayOfDeath: 139,
              placeOfDeath: "deltalim",
              height: 289,
              weight: 931,
              deceased: false,
              bloodType: "T_NEGATIVE",
              maritalStatus: "SINGLE",
              serialNumber: "sierrade",
              hologramActivationDate: "tangobra",
              hologramStatus: "echoalph",
              hologramDateStatus: "novasier",
              hologram: false,
              fictionalCharacter: false,
              mirror: false,
              alternateReality: true
            }
          ],
          references: [{ uid: "alphatan", referenceType: "ISBN", referenceNumber: "sierraal" }],
          comics: [
            {
              uid: "bravotan",
              title: "echolima",
              publishedYear: 91,
              publishedMonth: 516,
              publishedDay: 71,
              coverYear: 950,
              coverMonth: 899,
              coverDay: 677,
              numberOfPages: 260,
              stardateFrom: 626.9,
              stardateTo: 774.1,
              yearFrom: 503,
              yearTo: 704,
              photonovel: true,
              adaptation: false
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "limanova", message: "tangodel" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 971,
          pageSize: 435,
          numberOfElements: 59,
          totalElements: 178,
          totalPages: 1e3,
          firstPage: true,
          lastPage: false
        },
        sort: { clauses: [{ name: "limalima", direction: "DESC", clauseOrder: 199 }] },
        comicCollections: [
          {
            uid: "bravotan",
            title: "sierrabr",
            publishedYear: 597,
            publishedMonth: 884,
            publishedDay: 161,
            coverYear: 572,
            coverMonth: 465,
            coverDay: 747,
            numberOfPages: 437,
            stardateFrom: 748.9,
            stardateTo: 319.4,
            yearFrom: 743,
            yearTo: 364,
            photonovel: false
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "tangoech", message: "alphabra" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 923,
          pageSize: 163,
          numberOfElements: 607,
          totalElements: 198,
          totalPages: 86,
          firstPage: false,
          lastPage: true
        },
        sort: { clauses: [{ name: "echolima", direction: "ASC", clauseOrder: 991 }] },
        comicCollections: [
          {
            uid: "tangobra",
            title: "tangotan",
            publishedYear: 546,
            publishedMonth: 324,
            publishedDay: 303,
            coverYear: 404,
            coverMonth: 661,
            coverDay: 984,
            numberOfPages: 622,
            stardateFrom: 798.8,
            stardateTo: 340.3,
            yearFrom: 896,
            yearTo: 37,
            photonovel: false
          }
        ]
      }
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
          uid: "limalima",
          title: "sierrata",
          publishedYearFrom: 318,
          publishedMonthFrom: 641,
          publishedDayFrom: 461,
          publishedYearTo: 692,
          publishedMonthTo: 340,
          publishedDayTo: 101,
          numberOfIssues: 94,
          stardateFrom: 403.7,
          stardateTo: 374.6,
          yearFrom: 814,
          yearTo: 263,
          miniseries: true,
          photonovelSeries: true,
          parentSeries: [
            {
              uid: "limalima",
              title: "sierraal",
              publishedYearFrom: 112,
              publishedMonthFrom: 325,
              publishedDayFrom: 560,
              publishedYearTo: 517,
              publishedMonthTo: 730,
              publishedDayTo: 731,
              numberOfIssues: 27,
              stardateFrom: 407,
              stardateTo: 712.5,
              yearFrom: 384,
              yearTo: 153,
              miniseries: true,
              photonovelSeries: true
            }
          ],
          childSeries: [
            {
              uid: "deltadel",
              title: "echoalph",
              publishedYearFrom: 640,
              publishedMonthFrom: 212,
              publishedDayFrom: 239,
              publishedYearTo: 271,
              publishedMonthTo: 282,
              publishedDayTo: 960,
              numberOfIssues: 371,
              stardateFrom: 782,
              stardateTo: 130.5,
              yearFrom: 82,
              yearTo: 762,
              miniseries: false,
              photonovelSeries: false
            }
          ],
          publishers: [
            {
              uid: "alphadel",
              name: "bravosie",
              broadcaster: true,
              collectibleCompany: true,
              conglomerate: false,
              digitalVisualEffectsCompany: true,
              distributor: true,
              gameCompany: true,
              filmEquipmentCompany: false,
              makeUpEffectsStudio: true,
              mattePaintingCompany: true,
              modelAndMiniatureEffectsCompany: true,
              postProductionCompany: true,
              productionCompany: false,
              propCompany: true,
              recordLabel: true,
              specialEffectsCompany: true,
              tvAndFilmProductionCompany: true,
              videoGameCompany: false
            }
          ],
          comics: [
            {
              uid: "sierrabr",
              title: "tangobra",
              publishedYear: 130,
              publishedMonth: 973,
              publishedDay: 594,
              coverYear: 685,
              coverMonth: 55,
              coverDay: 456,
              numberOfPages: 228,
              stardateFrom: 248,
              stardateTo: 394.1,
              yearFrom: 408,
              yearTo: 553,
              photonovel: true,
              adaptation: true
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "limalima", message: "sierrata" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 685,
          pageSize: 165,
          numberOfElements: 170,
          totalElements: 213,
          totalPages: 71,
          firstPage: true,
          lastPage: true
        },
        sort: { clauses: [{ name: "alphabra", direction: "ASC", clauseOrder: 898 }] },
        comicSeries: [
          {
            uid: "bravoalp",
            title: "tangotan",
            publishedYearFrom: 745,
            publishedMonthFrom: 861,
            publishedDayFrom: 835,
            publishedYearTo: 865,
            publishedMonthTo: 221,
            publishedDayTo: 33,
            numberOfIssues: 740,
            stardateFrom: 233.8,
            stardateTo: 420.4,
            yearFrom: 178,
            yearTo: 67,
            miniseries: false,
            photonovelSeries: false
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "novabrav", message: "bravobra" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 85,
          pageSize: 561,
          numberOfElements: 793,
          totalElements: 506,
          totalPages: 297,
          firstPage: false,
          lastPage: false
        },
        sort: { clauses: [{ name: "echosier", direction: "DESC", clauseOrder: 188 }] },
        comicSeries: [
          {
            uid: "alphatan",
            title: "sierrade",
            publishedYearFrom: 709,
            publishedMonthFrom: 72,
            publishedDayFrom: 234,
            publishedYearTo: 241,
            publishedMonthTo: 551,
            publishedDayTo: 721,
            numberOfIssues: 763,
            stardateFrom: 401.7,
            stardateTo: 855.5,
            yearFrom: 871,
            yearTo: 185,
            miniseries: false,
            photonovelSeries: false
          }
        ]
      }
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
          uid: "tangobra",
          title: "limatang",
          periodical: "echoalph",
          publishedYearFrom: 848,
          publishedMonthFrom: 511,
          publishedDayFrom: 896,
          publishedYearTo: 206,
          publishedMonthTo: 71,
          publishedDayTo: 30,
          numberOfPages: 340,
          yearFrom: 248,
          yearTo: 169,
          comicSeries: [
            {
              uid: "echotang",
              title: "tangosie",
              publishedYearFrom: 146,
              publishedMonthFrom: 929,
              publishedDayFrom: 724,
              publishedYearTo: 571,
              publishedMonthTo: 104,
              publishedDayTo: 912,
              numberOfIssues: 370,
              stardateFrom: 269.3,
              stardateTo: 671.7,
              yearFrom: 211,
              yearTo: 963,
              miniseries: true,
              photonovelSeries: false
            }
          ],
          writers: [
            {
              uid: "limanova",
              name: "bravotan",
              birthName: "bravolim",
              gender: "F",
              dateOfBirth: "2024-10-13",
              placeOfBirth: "limasier",
              dateOfDeath: "2024-11-26",
              placeOfDeath: "sierrali",
              artDepartment: true,
              artDirector: true,
              productionDesigner: true,
              cameraAndElectricalDepartment: true,
              cinematographer: true,
              castingDepartment: false,
              costumeDepartment: false,
              costumeDesigner: true,
              director: false,
              assistantOrSecondUnitDirector: true,
              exhibitAndAttractionStaff: false,
              filmEditor: false,
              linguist: true,
              locationStaff: true,
              makeupStaff: true,
              musicDepartment: false,
              composer: true,
              personalAssistant: true,
              producer: false,
              productionAssociate: false,
              productionStaff: false,
              publicationStaff: true,
              scienceConsultant: false,
              soundDepartment: false,
              specialAndVisualEffectsStaff: true,
              author: true,
              audioAuthor: true,
              calendarArtist: false,
              comicArtist: false,
              comicAuthor: true,
              comicColorArtist: false,
              comicInteriorArtist: false,
              comicInkArtist: true,
              comicPencilArtist: false,
              comicLetterArtist: false,
              comicStripArtist: false,
              gameArtist: false,
              gameAuthor: true,
              novelArtist: true,
              novelAuthor: true,
              referenceArtist: true,
              referenceAuthor: true,
              publicationArtist: false,
              publicationDesigner: false,
              publicationEditor: true,
              publicityArtist: false,
              cbsDigitalStaff: true,
              ilmProductionStaff: true,
              specialFeaturesStaff: false,
              storyEditor: false,
              studioExecutive: false,
              stuntDepartment: true,
              transportationDepartment: false,
              videoGameProductionStaff: true,
              writer: true
            }
          ],
          artists: [
            {
              uid: "echosier",
              name: "tangoech",
              birthName: "deltanov",
              gender: "F",
              dateOfBirth: "2024-08-27",
              placeOfBirth: "limadelt",
              dateOfDeath: "2024-08-09",
              placeOfDeath: "limadelt",
              artDepartment: true,
              artDirector: false,
              productionDesigner: true,
              cameraAndElectricalDepartment: true,
              cinematographer: true,
              castingDepartment: false,
              costumeDepartment: true,
              costumeDesigner: false,
              director: true,
              assistantOrSecondUnitDirector: false,
              exhibitAndAttractionStaff: true,
              filmEditor: false,
              linguist: false,
              locationStaff: true,
              makeupStaff: false,
              musicDepartment: true,
              composer: true,
              personalAssistant: false,
              producer: true,
              productionAssociate: false,
              productionStaff: false,
              publicationStaff: false,
              scienceConsultant: false,
              soundDepartment: true,
              specialAndVisualEffectsStaff: true,
              author: true,
              audioAuthor: false,
              calendarArtist: true,
              comicArtist: false,
              comicAuthor: true,
              comicColorArtist: true,
              comicInteriorArtist: true,
              comicInkArtist: false,
              comicPencilArtist: false,
              comicLetterArtist: true,
              comicStripArtist: false,
              gameArtist: false,
              gameAuthor: true,
              novelArtist: false,
              novelAuthor: true,
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
              studioExecutive: false,
              stuntDepartment: false,
              transportationDepartment: false,
              videoGameProductionStaff: false,
              writer: true
            }
          ],
          characters: [
            {
              uid: "alphaech",
              name: "limabrav",
              gender: "F",
              yearOfBirth: 552,
              monthOfBirth: 514,
              dayOfBirth: 725,
              placeOfBirth: "novaecho",
              yearOfDeath: 784,
              monthOfDeath: 272,
              dayOfDeath: 860,
              placeOfDeath: "sierrabr",
              height: 337,
              weight: 594,
              deceased: false,
              bloodType: "T_NEGATIVE",
              maritalStatus: "REMARRIED",
              serialNumber: "limadelt",
              hologramActivationDate: "sierraec",
              hologramStatus: "sierrabr",
              hologramDateStatus: "deltabra",
              hologram: false,
              fictionalCharacter: false,
              mirror: false,
              alternateReality: true
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "tangobra", message: "limatang" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 634,
          pageSize: 100,
          numberOfElements: 273,
          totalElements: 223,
          totalPages: 941,
          firstPage: true,
          lastPage: false
        },
        sort: { clauses: [{ name: "novabrav", direction: "ASC", clauseOrder: 785 }] },
        comicStrips: [
          {
            uid: "sierrano",
            title: "deltasie",
            periodical: "novadelt",
            publishedYearFrom: 204,
            publishedMonthFrom: 184,
            publishedDayFrom: 217,
            publishedYearTo: 77,
            publishedMonthTo: 881,
            publishedDayTo: 557,
            numberOfPages: 903,
            yearFrom: 475,
            yearTo: 701
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "novaalph", message: "deltabra" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 763,
          pageSize: 405,
          numberOfElements: 153,
          totalElements: 897,
          totalPages: 881,
          firstPage: true,
          lastPage: true
        },
        sort: { clauses: [{ name: "alphasie", direction: "DESC", clauseOrder: 13 }] },
        comicStrips: [
          {
            uid: "echotang",
            title: "alphaech",
            periodical: "deltabra",
            publishedYearFrom: 613,
            publishedMonthFrom: 626,
            publishedDayFrom: 549,
            publishedYearTo: 327,
            publishedMonthTo: 342,
            publishedDayTo: 970,
            numberOfPages: 161,
            yearFrom: 542,
            yearTo: 461
          }
        ]
      }
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
          uid: "bravotan",
          title: "sierrasi",
          publishedYear: 892,
          publishedMonth: 551,
          publishedDay: 484,
          coverYear: 698,
          coverMonth: 514,
          coverDay: 858,
          numberOfPages: 845,
          stardateFrom: 602.1,
          stardateTo: 535.7,
          yearFrom: 349,
          yearTo: 26,
          photonovel: true,
          adaptation: false,
          comicSeries: [
            {
              uid: "deltaalp",
              title: "limadelt",
              publishedYearFrom: 105,
              publishedMonthFrom: 84,
              publishedDayFrom: 543,
              publishedYearTo: 978,
              publishedMonthTo: 418,
              publishedDayTo: 930,
              numberOfIssues: 265,
              stardateFrom: 888.5,
              stardateTo: 668.7,
              yearFrom: 708,
              yearTo: 198,
              miniseries: false,
              photonovelSeries: false
            }
          ],
          writers: [
            {
              uid: "echodelt",
              name: "tangobra",
              birthName: "deltatan",
              gender: "F",
              dateOfBirth: "2024-09-05",
              placeOfBirth: "tangotan",
              dateOfDeath: "2024-10-09",
              placeOfDeath: "tangonov",
              artDepartment: true,
              artDirector: false,
              productionDesigner: true,
              cameraAndElectricalDepartment: true,
              cinematographer: false,
              castingDepartment: false,
              costumeDepartment: false,
              costumeDesigner: true,
              director: true,
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
              specialAndVisualEffectsStaff: false,
              author: true,
              audioAuthor: true,
              calendarArtist: true,
              comicArtist: false,
              comicAuthor: false,
              comicColorArtist: true,
              comicInteriorArtist: true,
              comicInkArtist: true,
              comicPencilArtist: true,
              comicLetterArtist: true,
              comicStripArtist: true,
              gameArtist: true,
              gameAuthor: false,
              novelArtist: false,
              novelAuthor: false,
              referenceArtist: true,
              referenceAuthor: false,
              publicationArtist: false,
              publicationDesigner: true,
              publicationEditor: true,
              publicityArtist: false,
              cbsDigitalStaff: true,
              ilmProductionStaff: true,
              specialFeaturesStaff: true,
              storyEditor: true,
              studioExecutive: true,
              stuntDepartment: false,
              transportationDepartment: false,
              videoGameProductionStaff: true,
              writer: true
            }
          ],
          artists: [
            {
              uid: "tangodel",
              name: "bravoalp",
              birthName: "bravodel",
              gender: "M",
              dateOfBirth: "2024-03-02",
              placeOfBirth: "sierraec",
              dateOfDeath: "2024-06-06",
              placeOfDeath: "alphaech",
              artDepartment: true,
              artDirector: true,
              productionDesigner: false,
              cameraAndElectricalDepartment: false,
              cinematographer: true,
              castingDepartment: true,
              costumeDepartment: false,
              costumeDesigner: false,
              director: false,
              assistantOrSecondUnitDirector: true,
              exhibitAndAttractionStaff: false,
              filmEditor: true,
              linguist: false,
              locationStaff: true,
              makeupStaff: true,
              musicDepartment: true,
              composer: false,
              personalAssistant: true,
              producer: true,
              productionAssociate: false,
              productionStaff: true,
              publicationStaff: true,
              scienceConsultant: false,
              soundDepartment: true,
              specialAndVisualEffectsStaff: true,
              author: false,
              audioAuthor: true,
              calendarArtist: false,
              comicArtist: true,
              comicAuthor: true,
              comicColorArtist: false,
              comicInteriorArtist: true,
              comicInkArtist: false,
              comicPencilArtist: false,
              comicLetterArtist: false,
              comicStripArtist: false,
              gameArtist: false,
              gameAuthor: true,
              novelArtist: false,
              novelAuthor: false,
              referenceArtist: true,
              referenceAuthor: false,
              publicationArtist: false,
              publicationDesigner: true,
              publicationEditor: false,
              publicityArtist: true,
              cbsDigitalStaff: false,
              ilmProductionStaff: false,
              specialFeaturesStaff: false,
              storyEditor: true,
              studioExecutive: false,
              stuntDepartment: false,
              transportationDepartment: false,
              videoGameProductionStaff: true,
              writer: true
            }
          ],
          editors: [
            {
              uid: "novaalph",
              name: "bravoech",
              birthName: "limaalph",
              gender: "M",
              dateOfBirth: "2024-07-15",
              placeOfBirth: "alphadel",
              dateOfDeath: "2024-03-15",
              placeOfDeath: "novalima",
              artDepartment: true,
              artDirector: false,
              productionDesigner: false,
              cameraAndElectricalDepartment: false,
              cinematographer: false,
              castingDepartment: false,
              costumeDepartment: false,
              costumeDesigner: false,
              director: true,
              assistantOrSecondUnitDirector: true,
              exhibitAndAttractionStaff: false,
              filmEditor: false,
              linguist: true,
              locationStaff: false,
              makeupStaff: true,
              musicDepartment: true,
              composer: true,
              personalAssistant: true,
              producer: false,
              productionAssociate: false,
              productionStaff: true,
              publicationStaff: false,
              scienceConsultant: true,
              soundDepartment: true,
              specialAndVisualEffectsStaff: false,
              author: false,
              audioAuthor: true,
              calendarArtist: false,
              comicArtist: false,
              comicAuthor: true,
              comicColorArtist: true,
              comicInteriorArtist: false,
              comicInkArtist: false,
              comicPencilArtist: false,
              comicLetterArtist: true,
              comicStripArtist: true,
              gameArtist: true,
              gameAuthor: true,
              novelArtist: false,
              novelAuthor: true,
              referenceArtist: false,
              referenceAuthor: true,
              publicationArtist: true,
              publicationDesigner: false,
              publicationEditor: true,
              publicityArtist: false,
              cbsDigitalStaff: true,
              ilmProductionStaff: true,
              specialFeaturesStaff: false,
              storyEditor: false,
              studioExecutive: true,
              stuntDepartment: true,
              transportationDepartment: true,
              videoGameProductionStaff: false,
              writer: false
            }
          ],
          staff: [
            {
              uid: "echodelt",
              name: "deltabra",
              birthName: "deltasie",
              gender: "M",
              dateOfBirth: "2024-03-19",
              placeOfBirth: "sierrano",
              dateOfDeath: "2024-07-21",
              placeOfDeath: "deltabra",
              artDepartment: false,
              artDirector: true,
              productionDesigner: true,
              cameraAndElectricalDepartment: true,
              cinematographer: true,
              castingDepartment: true,
              costumeDepartment: true,
              costumeDesigner: false,
              director: false,
              assistantOrSecondUnitDirector: true,
              exhibitAndAttractionStaff: true,
              filmEditor: false,
              linguist: true,
              locationStaff: true,
              makeupStaff: true,
              musicDepartment: true,
              composer: true,
              personalAssistant: false,
              producer: true,
              productionAssociate: false,
              productionStaff: false,
              publicationStaff: true,
              scienceConsultant: false,
              soundDepartment: true,
              specialAndVisualEffectsStaff: false,
              author: false,
              audioAuthor: false,
              calendarArtist: false,
              comicArtist: false,
              comicAuthor: true,
              comicColorArtist: false,
              comicInteriorArtist: true,
              comicInkArtist: true,
              comicPencilArtist: false,
              comicLetterArtist: true,
              comicStripArtist: true,
              gameArtist: true,
              gameAuthor: true,
              novelArtist: false,
              novelAuthor: true,
              referenceArtist: false,
              referenceAuthor: true,
              publicationArtist: false,
              publicationDesigner: true,
              publicationEditor: true,
              publicityArtist: true,
              cbsDigitalStaff: true,
              ilmProductionStaff: false,
              specialFeaturesStaff: true,
              storyEditor: true,
              studioExecutive: false,
              stuntDepartment: false,
              transportationDepartment: false,
              videoGameProductionStaff: true,
              writer: false
            }
          ],
          publishers: [
            {
              uid: "bravobra",
              name: "echodelt",
              broadcaster: false,
              collectibleCompany: true,
              conglomerate: true,
              digitalVisualEffectsCompany: true,
              distributor: true,
              gameCompany: true,
              filmEquipmentCompany: false,
              makeUpEffectsStudio: true,
              mattePaintingCompany: true,
              modelAndMiniatureEffectsCompany: false,
              postProductionCompany: true,
              productionCompany: false,
              propCompany: false,
              recordLabel: true,
              specialEffectsCompany: true,
              tvAndFilmProductionCompany: true,
              videoGameCompany: true
            }
          ],
          characters: [
            {
              uid: "tangotan",
              name: "sierrano",
              gender: "M",
              yearOfBirth: 140,
              monthOfBirth: 539,
              dayOfBirth: 407,
              placeOfBirth: "novabrav",
              yearOfDeath: 337,
              monthOfDeath: 564,
              dayOfDeath: 138,
              placeOfDeath: "novanova",
              height: 487,
              weight: 536,
              deceased: false,
              bloodType: "T_NEGATIVE",
              maritalStatus: "DIVORCED",
              serialNumber: "echotang",
              hologramActivationDate: "bravodel",
              hologramStatus: "tangosie",
              hologramDateStatus: "novasier",
              hologram: true,
              fictionalCharacter: true,
              mirror: true,
              alternateReality: false
            }
          ],
          references: [{ uid: "bravotan", referenceType: "ASIN", referenceNumber: "bravoech" }],
          comicCollections: [
            {
              uid: "tangoech",
              title: "bravoech",
              publishedYear: 940,
              publishedMonth: 203,
              publishedDay: 555,
              coverYear: 223,
              coverMonth: 323,
              coverDay: 471,
              numberOfPages: 384,
              stardateFrom: 613,
              stardateTo: 378.9,
              yearFrom: 17,
              yearTo: 741,
              photonovel: false
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "bravotan", message: "sierrasi" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 314,
          pageSize: 233,
          numberOfElements: 775,
          totalElements: 880,
          totalPages: 392,
          firstPage: true,
          lastPage: true
        },
        sort: { clauses: [{ name: "limadelt", direction: "ASC", clauseOrder: 973 }] },
        comics: [
          {
            uid: "echodelt",
            title: "bravobra",
            publishedYear: 168,
            publishedMonth: 391,
            publishedDay: 911,
            coverYear: 233,
            coverMonth: 556,
            coverDay: 472,
            numberOfPages: 627,
            stardateFrom: 320.1,
            stardateTo: 552.5,
            yearFrom: 571,
            yearTo: 227,
            photonovel: false,
            adaptation: false
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "deltabra", message: "sierrata" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 606,
          pageSize: 161,
          numberOfElements: 226,
          totalElements: 880,
          totalPages: 105,
          firstPage: false,
          lastPage: false
        },
        sort: { clauses: [{ name: "bravosie", direction: "DESC", clauseOrder: 275 }] },
        comics: [
          {
            uid: "novanova",
            title: "sierrabr",
            publishedYear: 2,
            publishedMonth: 504,
            publishedDay: 300,
            coverYear: 247,
            coverMonth: 480,
            coverDay: 804,
            numberOfPages: 298,
            stardateFrom: 792.2,
            stardateTo: 613.6,
            yearFrom: 849,
            yearTo: 845,
            photonovel: true,
            adaptation: false
          }
        ]
      }
    }
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
          uid: "deltadel",
          name: "limaalph",
          broadcaster: true,
          collectibleCompany: false,
          conglomerate: false,
          digitalVisualEffectsCompany: true,
          distributor: false,
          gameCompany: false,
          filmEquipmentCompany: false,
          makeUpEffectsStudio: false,
          mattePaintingCompany: false,
          modelAndMiniatureEffectsCompany: true,
          postProductionCompany: true,
          productionCompany: true,
          propCompany: false,
          recordLabel: true,
          specialEffectsCompany: true,
          tvAndFilmProductionCompany: true,
          videoGameCompany: true
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "deltadel", message: "limaalph" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 286,
          pageSize: 649,
          numberOfElements: 376,
          totalElements: 42,
          totalPages: 539,
          firstPage: true,
          lastPage: true
        },
        sort: { clauses: [{ name: "alphasie", direction: "ASC", clauseOrder: 702 }] },
        companies: [
          {
            uid: "deltaech",
            name: "alphabra",
            broadcaster: false,
            collectibleCompany: true,
            conglomerate: false,
            digitalVisualEffectsCompany: true,
            distributor: true,
            gameCompany: false,
            filmEquipmentCompany: true,
            makeUpEffectsStudio: true,
            mattePaintingCompany: false,
            modelAndMiniatureEffectsCompany: true,
            postProductionCompany: false,
            productionCompany: true,
            propCompany: false,
            recordLabel: true,
            specialEffectsCompany: true,
            tvAndFilmProductionCompany: true,
            videoGameCompany: true
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "deltanov", message: "echoalph" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 929,
          pageSize: 614,
          numberOfElements: 219,
          totalElements: 526,
          totalPages: 848,
          firstPage: true,
          lastPage: true
        },
        sort: { clauses: [{ name: "echoecho", direction: "ASC", clauseOrder: 269 }] },
        companies: [
          {
            uid: "novaalph",
            name: "novadelt",
            broadcaster: false,
            collectibleCompany: false,
            conglomerate: true,
            digitalVisualEffectsCompany: true,
            distributor: false,
            gameCompany: true,
            filmEquipmentCompany: false,
            makeUpEffectsStudio: true,
            mattePaintingCompany: true,
            modelAndMiniatureEffectsCompany: true,
            postProductionCompany: true,
            productionCompany: true,
            propCompany: false,
            recordLabel: true,
            specialEffectsCompany: true,
            tvAndFilmProductionCompany: false,
            videoGameCompany: false
          }
        ]
      }
    }
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
          uid: "tangolim",
          name: "bravobra",
          yearFrom: 330,
          yearTo: 63,
          earthConflict: false,
          federationWar: true,
          klingonWar: true,
          dominionWarBattle: true,
          alternateReality: true,
          locations: [
            {
              uid: "limasier",
              name: "echoalph",
              earthlyLocation: false,
              fictionalLocation: false,
              religiousLocation: false,
              geographicalLocation: true,
              bodyOfWater: false,
              country: false,
              subnationalEntity: false,
              settlement: false,
              usSettlement: true,
              bajoranSettlement: false,
              colony: true,
              landform: true,
              landmark: true,
              road: false,
              structure: true,
              shipyard: false,
              buildingInterior: true,
              establishment: false,
              medicalEstablishment: false,
              ds9Establishment: true,
              school: true,
              mirror: false,
              alternateReality: true
            }
          ],
          firstSideBelligerents: [
            {
              uid: "limadelt",
              name: "echosier",
              government: true,
              intergovernmentalOrganization: false,
              researchOrganization: false,
              sportOrganization: false,
              medicalOrganization: true,
              militaryOrganization: true,
              militaryUnit: false,
              governmentAgency: true,
              lawEnforcementAgency: false,
              prisonOrPenalColony: false,
              mirror: false,
              alternateReality: false
            }
          ],
          firstSideCommanders: [
            {
              uid: "sierraal",
              name: "sierrali",
              gender: "M",
              yearOfBirth: 974,
              monthOfBirth: 534,
              dayOfBirth: 974,
              placeOfBirth: "tangosie",
              yearOfDeath: 429,
              monthOfDeath: 95,
              dayOfDeath: 546,
              placeOfDeath: "bravoech",
              height: 783,
              weight: 109,
              deceased: false,
              bloodType: "O_NEGATIVE",
              maritalStatus: "MARRIED",
              serialNumber: "novanova",
              hologramActivationDate: "deltanov",
              hologramStatus: "limalima",
              hologramDateStatus: "sierrata",
              hologram: true,
              fictionalCharacter: false,
              mirror: true,
              alternateReality: true
            }
          ],
          secondSideBelligerents: [
            {
              uid: "alphatan",
              name: "alphaech",
              government: false,
              intergovernmentalOrganization: false,
              researchOrganization: false,
              sportOrganization: false,
              medicalOrganization: true,
              militaryOrganization: true,
              militaryUnit: false,
              governmentAgency: true,
              lawEnforcementAgency: true,
              prisonOrPenalColony: false,
              mirror: true,
              alternateReality: false
            }
          ],
          secondSideCommanders: [
            {
              uid: "bravolim",
              name: "tangobra",
              gender: "F",
              yearOfBirth: 384,
              monthOfBirth: 913,
              dayOfBirth: 823,
              placeOfBirth: "limaalph",
              yearOfDeath: 322,
              monthOfDeath: 289,
              dayOfDeath: 53,
              placeOfDeath: "tangolim",
              height: 40,
              weight: 709,
              deceased: false,
              bloodType: "T_NEGATIVE",
              maritalStatus: "MARRIED",
              serialNumber: "deltadel",
              hologramActivationDate: "echoecho",
              hologramStatus: "sierraec",
              hologramDateStatus: "tangotan",
              hologram: false,
              fictionalCharacter: true,
              mirror: false,
              alternateReality: false
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "tangolim", message: "bravobra" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 399,
          pageSize: 100,
          numberOfElements: 464,
          totalElements: 826,
          totalPages: 126,
          firstPage: false,
          lastPage: false
        },
        sort: { clauses: [{ name: "bravolim", direction: "DESC", clauseOrder: 424 }] },
        conflicts: [
          {
            uid: "deltalim",
            name: "bravolim",
            yearFrom: 152,
            yearTo: 937,
            earthConflict: true,
            federationWar: true,
            klingonWar: false,
            dominionWarBattle: true,
            alternateReality: true
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "echoalph", message: "echosier" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 936,
          pageSize: 763,
          numberOfElements: 393,
          totalElements: 148,
          totalPages: 195,
          firstPage: false,
          lastPage: false
        },
        sort: { clauses: [{ name: "echodelt", direction: "ASC", clauseOrder: 756 }] },
        conflicts: [
          {
            uid: "sierrano",
            name: "bravoech",
            yearFrom: 967,
            yearTo: 276,
            earthConflict: true,
            federationWar: false,
            klingonWar: false,
            dominionWarBattle: false,
            alternateReality: true
          }
        ]
      }
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
          uid: "novadelt",
          name: "tangosie",
          symbol: "novabrav",
          atomicNumber: 384,
          atomicWeight: 511,
          transuranium: false,
          gammaSeries: true,
          hypersonicSeries: true,
          megaSeries: true,
          omegaSeries: false,
          transonicSeries: true,
          worldSeries: true
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "novadelt", message: "tangosie" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 252,
          pageSize: 854,
          numberOfElements: 256,
          totalElements: 820,
          totalPages: 522,
          firstPage: false,
          lastPage: true
        },
        sort: { clauses: [{ name: "echobrav", direction: "ASC", clauseOrder: 133 }] },
        elements: [
          {
            uid: "alphadel",
            name: "echotang",
            symbol: "echosier",
            atomicNumber: 875,
            atomicWeight: 923,
            transuranium: false,
            gammaSeries: true,
            hypersonicSeries: true,
            megaSeries: true,
            omegaSeries: false,
            transonicSeries: false,
            worldSeries: true
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "deltasie", message: "deltasie" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 862,
          pageSize: 573,
          numberOfElements: 209,
          totalElements: 843,
          totalPages: 645,
          firstPage: false,
          lastPage: false
        },
        sort: { clauses: [{ name: "bravoech", direction: "ASC", clauseOrder: 384 }] },
        elements: [
          {
            uid: "tangoech",
            name: "bravodel",
            symbol: "echonova",
            atomicNumber: 201,
            atomicWeight: 680,
            transuranium: true,
            gammaSeries: true,
            hypersonicSeries: false,
            megaSeries: true,
            omegaSeries: true,
            transonicSeries: false,
            worldSeries: false
          }
        ]
      }
    }
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
          uid: "sierrasi",
          title: "tangotan",
          titleGerman: "limaalph",
          titleItalian: "bravoalp",
          titleJapanese: "limatang",
          series: {
            uid: "deltabra",
            title: "limatang",
            abbreviation: "sierrata",
            productionStartYear: 972,
            productionEndYear: 241,
            originalRunStartDate: "2024-11-27",
            originalRunEndDate: "2024-05-05",
            seasonsCount: 354,
            episodesCount: 407,
            featureLengthEpisodesCount: 134,
            productionCompany: { uid: "alphabra", name: "novanova" },
            originalBroadcaster: { uid: "sierrata", name: "bravoech" }
          },
          season: {
            uid: "deltaalp",
            title: "bravonov",
            series: { uid: "echotang", title: "tangoalp" },
            seasonNumber: 302,
            numberOfEpisodes: 800
          },
          seasonNumber: 664,
          episodeNumber: 146,
          productionSerialNumber: "deltaalp",
          featureLength: false,
          stardateFrom: 683.8,
          stardateTo: 254.6,
          yearFrom: 62,
          yearTo: 743,
          usAirDate: "2024-10-23",
          finalScriptDate: "2024-02-24",
          writers: [
            {
              uid: "deltalim",
              name: "alphaech",
              birthName: "alphaech",
              gender: "M",
              dateOfBirth: "2024-07-14",
              placeOfBirth: "echoecho",
              dateOfDeath: "2024-05-18",
              placeOfDeath: "alphatan",
              artDepartment: false,
              artDirector: true,
              productionDesigner: true,
              cameraAndElectricalDepartment: false,
              cinematographer: false,
              castingDepartment: false,
              costumeDepartment: false,
              costumeDesigner: true,
              director: false,
              assistantOrSecondUnitDirector: true,
              exhibitAndAttractionStaff: false,
              filmEditor: false,
              linguist: false,
              locationStaff: true,
              makeupStaff: true,
              musicDepartment: true,
              composer: true,
              personalAssistant: true,
              producer: true,
              productionAssociate: true,
              productionStaff: true,
              publicationStaff: false,
              scienceConsultant: true,
              soundDepartment: false,
              specialAndVisualEffectsStaff: true,
              author: true,
              audioAuthor: false,
              calendarArtist: true,
              comicArtist: false,
              comicAuthor: true,
              comicColorArtist: false,
              comicInteriorArtist: true,
              comicInkArtist: false,
              comicPencilArtist: true,
              comicLetterArtist: false,
              comicStripArtist: false,
              gameArtist: true,
              gameAuthor: true,
              novelArtist: false,
              novelAuthor: false,
              referenceArtist: true,
              referenceAuthor: false,
              publicationArtist: false,
              publicationDesigner: true,
              publicationEditor: true,
              publicityArtist: true,
              cbsDigitalStaff: false,
              ilmProductionStaff: true,
              specialFeaturesStaff: true,
              storyEditor: false,
              studioExecutive: true,
              stuntDepartment: true,
              transportationDepartment: true,
              videoGameProductionStaff: true,
              writer: false
            }
          ],
          teleplayAuthors: [
            {
              uid: "echoecho",
              name: "sierrasi",
              birthName: "tangoalp",
              gender: "M",
              dateOfBirth: "2024-04-17",
              placeOfBirth: "bravobra",
              dateOfDeath: "2024-03-21",
              placeOfDeath: "echotang",
              artDepartment: true,
              artDirector: true,
              productionDesigner: false,
              cameraAndElectricalDepartment: false,
              cinematographer: true,
              castingDepartment: false,
              costumeDepartment: true,
              costumeDesigner: true,
              director: false,
              assistantOrSecondUnitDirector: true,
              exhibitAndAttractionStaff: true,
              filmEditor: false,
              linguist: true,
              locationStaff: true,
              makeupStaff: false,
              musicDepartment: true,
              composer: true,
              personalAssistant: true,
              producer: false,
              productionAssociate: true,
              productionStaff: true,
              publicationStaff: true,
              scienceConsultant: true,
              soundDepartment: true,
              specialAndVisualEffectsStaff: false,
              author: true,
              audioAuthor: true,
              calendarArtist: true,
              comicArtist: false,
              comicAuthor: false,
              comicColorArtist: false,
              comicInteriorArtist: false,
              comicInkArtist: true,
              comicPencilArtist: false,
              comicLetterArtist: false,
              comicStripArtist: false,
              gameArtist: false,
              gameAuthor: true,
              novelArtist: false,
              novelAuthor: true,
              referenceArtist: true,
              referenceAuthor: true,
              publicationArtist: false,
              publicationDesigner: true,
              publicationEditor: false,
              publicityArtist: true,
              cbsDigitalStaff: true,
              ilmProductionStaff: false,
              specialFeaturesStaff: true,
              storyEditor: true,
              studioExecutive: true,
              stuntDepartment: false,
              transportationDepartment: true,
              videoGameProductionStaff: false,
              writer: true
            }
          ],
          storyAuthors: [
            {
              uid: "sierrade",
              name: "alphadel",
              birthName: "tangotan",
              gender: "F",
              dateOfBirth: "2024-03-27",
              placeOfBirth: "alphabra",
              dateOfDeath: "2024-02-02",
              placeOfDeath: "tangoalp",
              artDepartment: true,
              artDirector: true,
              productionDesigner: false,
              cameraAndElectricalDepartment: false,
              cinematographer: true,
              castingDepartment: true,
              costumeDepartment: false,
              costumeDesigner: false,
              director: true,
              assistantOrSecondUnitDirector: false,
              exhibitAndAttractionStaff: false,
              filmEditor: false,
              linguist: true,
              locationStaff: false,
              makeupStaff: true,
              musicDepartment: false,
              composer: false,
              personalAssistant: false,
              producer: false,
              productionAssociate: true,
              productionStaff: false,
              publicationStaff: true,
              scienceConsultant: true,
              soundDepartment: true,
              specialAndVisualEffectsStaff: true,
              author: false,
              audioAuthor: false,
              calendarArtist: false,
              comicArtist: true,
              comicAuthor: false,
              comicColorArtist: true,
              comicInteriorArtist: false,
              comicInkArtist: false,
              comicPencilArtist: false,
              comicLetterArtist: true,
              comicStripArtist: false,
              gameArtist: false,
              gameAuthor: false,
              novelArtist: false,
              novelAuthor: false,
              referenceArtist: true,
              referenceAuthor: true,
              publicationArtist: true,
              publicationDesigner: true,
              publicationEditor: true,
              publicityArtist: true,
              cbsDigitalStaff: true,
              ilmProductionStaff: false,
              specialFeaturesStaff: true,
              storyEditor: true,
              studioExecutive: false,
              stuntDepartment: true,
              transportationDepartment: false,
              videoGameProductionStaff: false,
              writer: false
            }
          ],
          directors: [
            {
              uid: "echosier",
              name: "echosier",
              birthName: "tangoalp",
              gender: "M",
              dateOfBirth: "2024-11-03",
              placeOfBirth: "novalima",
              dateOfDeath: "2024-04-13",
              placeOfDeath: "tangotan",
              artDepartment: false,
              artDirector: false,
              productionDesigner: true,
              cameraAndElectricalDepartment: true,
              cinematographer: true,
              castingDepartment: false,
              costumeDepartment: false,
              costumeDesigner: true,
              director: false,
              assistantOrSecondUnitDirector: true,
              exhibitAndAttractionStaff: true,
              filmEditor: false,
              linguist: false,
              locationStaff: true,
              makeupStaff: true,
              musicDepartment: false,
              composer: false,
              personalAssistant: true,
              producer: true,
              productionAssociate: true,
              productionStaff: true,
              publicationStaff: true,
              scienceConsultant: true,
              soundDepartment: true,
              specialAndVisualEffectsStaff: false,
              author: true,
              audioAuthor: true,
              calendarArtist: false,
              comicArtist: false,
              comicAuthor: true,
              comicColorArtist: false,
              comicInteriorArtist: true,
              comicInkArtist: false,
              comicPencilArtist: false,
              comicLetterArtist: true,
              comicStripArtist: false,
              gameArtist: false,
              gameAuthor: false,
              novelArtist: true,
              novelAuthor: false,
              referenceArtist: false,
              referenceAuthor: true,
              publicationArtist: true,
              publicationDesigner: false,
              publicationEditor: false,
              publicityArtist: false,
              cbsDigitalStaff: true,
              ilmProductionStaff: false,
              specialFeaturesStaff: false,
              storyEditor: true,
              studioExecutive: false,
              stuntDepartment: false,
              transportationDepartment: true,
              videoGameProductionStaff: false,
              writer: false
            }
          ],
          performers: [
            {
              uid: "alphabra",
              name: "limalima",
              birthName: "sierraec",
              gender: "M",
              dateOfBirth: "2024-09-02",
              placeOfBirth: "alphasie",
              dateOfDeath: "2024-05-27",
              placeOfDeath: "bravoech",
              animalPerformer: true,
              disPerformer: false,
              ds9Performer: true,
              entPerformer: false,
              filmPerformer: false,
              standInPerformer: true,
              stuntPerformer: true,
              tasPerformer: false,
              tngPerformer: false,
              tosPerformer: true,
              videoGamePerformer: false,
              voicePerformer: false,
              voyPerformer: true
            }
          ],
          stuntPerformers: [
            {
              uid: "tangotan",
              name: "sierraal",
              birthName: "novaecho",
              gender: "F",
              dateOfBirth: "2024-03-07",
              placeOfBirth: "alphaalp",
              dateOfDeath: "2024-09-07",
              placeOfDeath: "limaecho",
              animalPerformer: false,
              disPerformer: false,
              ds9Performer: false,
              entPerformer: false,
              filmPerformer: true,
              standInPerformer: true,
              stuntPerformer: false,
              tasPerformer: true,
              tngPerformer: true,
              tosPerformer: true,
              videoGamePerformer: false,
              voicePerformer: false,
              voyPerformer: true
            }
          ],
          standInPerformers: [
            {
              uid: "limaalph",
              name: "echodelt",
              birthName: "echoalph",
              gender: "M",
              dateOfBirth: "2024-07-02",
              placeOfBirth: "novalima",
              dateOfDeath: "2024-06-17",
              placeOfDeath: "sierrabr",
              animalPerformer: true,
              disPerformer: false,
              ds9Performer: true,
              entPerformer: true,
              filmPerformer: false,
              standInPerformer: false,
              stuntPerformer: false,
              tasPerformer: false,
              tngPerformer: true,
              tosPerformer: false,
              videoGamePerformer: false,
              voicePerformer: false,
              voyPerformer: true
            }
          ],
          characters: [
            {
              uid: "limanova",
              name: "bravotan",
              gender: "M",
              yearOfBirth: 883,
              monthOfBirth: 385,
              dayOfBirth: 388,
              placeOfBirth: "bravonov",
              yearOfDeath: 214,
              monthOfDeath: 451,
              dayOfDeath: 2,
              placeOfDeath: "deltaalp",
              height: 150,
              weight: 270,
              deceased: true,
              bloodType: "O_NEGATIVE",
              maritalStatus: "MARRIED",
              serialNumber: "alphalim",
              hologramActivationDate: "alphatan",
              hologramStatus: "deltadel",
              hologramDateStatus: "limaecho",
              hologram: false,
              fictionalCharacter: true,
              mirror: true,
              alternateReality: true
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "sierrasi", message: "tangotan" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 361,
          pageSize: 599,
          numberOfElements: 633,
          totalElements: 200,
          totalPages: 542,
          firstPage: true,
          lastPage: false
        },
        sort: { clauses: [{ name: "sierrano", direction: "DESC", clauseOrder: 883 }] },
        episodes: [
          {
            uid: "deltabra",
            title: "deltatan",
            titleGerman: "bravonov",
            titleItalian: "echobrav",
            titleJapanese: "alphasie",
            series: { uid: "sierrali", title: "limasier" },
            season: { uid: "novaalph", title: "novabrav" },
            seasonNumber: 231,
            episodeNumber: 101,
            productionSerialNumber: "bravosie",
            featureLength: true,
            stardateFrom: 381.2,
            stardateTo: 376.3,
            yearFrom: 611,
            yearTo: 203,
            usAirDate: "2024-07-10",
            finalScriptDate: "2024-06-27"
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "deltalim", message: "novabrav" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 558,
          pageSize: 558,
          numberOfElements: 847,
          totalElements: 7,
          totalPages: 874,
          firstPage: false,
          lastPage: false
        },
        sort: { clauses: [{ name: "limanova", direction: "ASC", clauseOrder: 434 }] },
        episodes: [
          {
            uid: "echonova",
            title: "deltabra",
            titleGerman: "tangonov",
            titleItalian: "tangosie",
            titleJapanese: "novatang",
            series: { uid: "novaecho", title: "limabrav" },
            season: { uid: "deltalim", title: "novasier" },
            seasonNumber: 395,
            episodeNumber: 96,
            productionSerialNumber: "sierrabr",
            featureLength: false,
            stardateFrom: 308.6,
            stardateTo: 730.5,
            yearFrom: 475,
            yearTo: 40,
            usAirDate: "2024-10-22",
            finalScriptDate: "2024-03-03"
          }
        ]
      }
    }
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
          uid: "novaalph",
          name: "deltaech",
          earthlyOrigin: false,
          dessert: true,
          fruit: true,
          herbOrSpice: true,
          sauce: true,
          soup: false,
          beverage: false,
          alcoholicBeverage: false,
          juice: true,
          tea: false
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "novaalph", message: "deltaech" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 859,
          pageSize: 514,
          numberOfElements: 814,
          totalElements: 662,
          totalPages: 537,
          firstPage: true,
          lastPage: false
        },
        sort: { clauses: [{ name: "novabrav", direction: "ASC", clauseOrder: 518 }] },
        foods: [
          {
            uid: "echonova",
            name: "alphasie",
            earthlyOrigin: false,
            dessert: true,
            fruit: false,
            herbOrSpice: false,
            sauce: true,
            soup: true,
            beverage: true,
            alcoholicBeverage: true,
            juice: true,
            tea: false
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "sierrali", message: "sierrano" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 701,
          pageSize: 795,
          numberOfElements: 481,
          totalElements: 762,
          totalPages: 17,
          firstPage: false,
          lastPage: true
        },
        sort: { clauses: [{ name: "bravoech", direction: "ASC", clauseOrder: 341 }] },
        foods: [
          {
            uid: "tangolim",
            name: "alphasie",
            earthlyOrigin: true,
            dessert: false,
            fruit: false,
            herbOrSpice: false,
            sauce: true,
            soup: true,
            beverage: false,
            alcoholicBeverage: false,
            juice: true,
            tea: true
          }
        ]
      }
    }
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
          uid: "echosier",
          title: "alphanov",
          earthlyOrigin: false,
          shakespeareanWork: false,
          report: false,
          scientificLiterature: true,
          technicalManual: true,
          religiousLiterature: false
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "echosier", message: "alphanov" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 867,
          pageSize: 605,
          numberOfElements: 272,
          totalElements: 301,
          totalPages: 89,
          firstPage: false,
          lastPage: false
        },
        sort: { clauses: [{ name: "bravotan", direction: "ASC", clauseOrder: 510 }] },
        literature: [
          {
            uid: "echonova",
            title: "sierrata",
            earthlyOrigin: true,
            shakespeareanWork: false,
            report: false,
            scientificLiterature: true,
            technicalManual: true,
            religiousLiterature: true
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "sierrali", message: "deltadel" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 705,
          pageSize: 122,
          numberOfElements: 1,
          totalElements: 217,
          totalPages: 226,
          firstPage: false,
          lastPage: false
        },
        sort: { clauses: [{ name: "sierrano", direction: "DESC", clauseOrder: 876 }] },
        literature: [
          {
            uid: "bravoalp",
            title: "echolima",
            earthlyOrigin: true,
            shakespeareanWork: true,
            report: false,
            scientificLiterature: true,
            technicalManual: true,
            religiousLiterature: false
          }
        ]
      }
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
          uid: "deltatan",
          name: "deltaech",
          earthlyLocation: false,
          fictionalLocation: true,
          religiousLocation: false,
          geographicalLocation: false,
          bodyOfWater: false,
          country: false,
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
          school: true,
          mirror: true,
          alternateReality: false
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "deltatan", message: "deltaech" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 629,
          pageSize: 251,
          numberOfElements: 594,
          totalElements: 718,
          totalPages: 126,
          firstPage: true,
          lastPage: false
        },
        sort: { clauses: [{ name: "bravobra", direction: "ASC", clauseOrder: 553 }] },
        locations: [
          {
            uid: "alphabra",
            name: "echonova",
            earthlyLocation: false,
            fictionalLocation: false,
            religiousLocation: true,
            geographicalLocation: true,
            bodyOfWater: false,
            country: true,
            subnationalEntity: false,
            settlement: false,
            usSettlement: true,
            bajoranSettlement: false,
            colony: true,
            landform: false,
            landmark: false,
            road: true,
            structure: false,
            shipyard: true,
            buildingInterior: false,
            establishment: false,
            medicalEstablishment: true,
            ds9Establishment: false,
            school: false,
            mirror: true,
            alternateReality: false
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "novadelt", message: "limanova" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 446,
          pageSize: 91,
          numberOfElements: 894,
          totalElements: 32,
          totalPages: 42,
          firstPage: false,
          lastPage: true
        },
        sort: { clauses: [{ name: "tangosie", direction: "DESC", clauseOrder: 25 }] },
        locations: [
          {
            uid: "bravoech",
            name: "deltanov",
            earthlyLocation: true,
            fictionalLocation: false,
            religiousLocation: true,
            geographicalLocation: true,
            bodyOfWater: true,
            country: false,
            subnationalEntity: false,
            settlement: false,
            usSettlement: true,
            bajoranSettlement: false,
            colony: false,
            landform: false,
            landmark: false,
            road: true,
            structure: false,
            shipyard: false,
            buildingInterior: true,
            establishment: true,
            medicalEstablishment: false,
            ds9Establishment: false,
            school: true,
            mirror: true,
            alternateReality: true
          }
        ]
      }
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
          uid: "sierrali",
          title: "sierrabr",
          publishedYear: 306,
          publishedMonth: 177,
          publishedDay: 424,
          coverYear: 370,
          coverMonth: 752,
          coverDay: 542,
          numberOfPages: 446,
          issueNumber: "sierrasi",
          magazineSeries: [
            {
              uid: "echotang",
              title: "alphatan",
              publishedYearFrom: 912,
              publishedMonthFrom: 91,
              publishedYearTo: 934,
              publishedMonthTo: 479,
              numberOfIssues: 424
            }
          ],
          editors: [
            {
              uid: "limatang",
              name: "echonova",
              birthName: "novaecho",
              gender: "F",
              dateOfBirth: "2024-11-23",
              placeOfBirth: "novadelt",
              dateOfDeath: "2024-11-02",
              placeOfDeath: "alphadel",
              artDepartment: false,
              artDirector: true,
              productionDesigner: true,
              cameraAndElectricalDepartment: true,
              cinematographer: false,
              castingDepartment: false,
              costumeDepartment: true,
              costumeDesigner: true,
              director: false,
              assistantOrSecondUnitDirector: false,
              exhibitAndAttractionStaff: false,
              filmEditor: false,
              linguist: true,
              locationStaff: true,
              makeupStaff: false,
              musicDepartment: false,
              composer: true,
              personalAssistant: false,
              producer: false,
              productionAssociate: true,
              productionStaff: true,
              publicationStaff: true,
              scienceConsultant: false,
              soundDepartment: false,
              specialAndVisualEffectsStaff: false,
              author: false,
              audioAuthor: true,
              calendarArtist: false,
              comicArtist: false,
              comicAuthor: true,
              comicColorArtist: false,
              comicInteriorArtist: true,
              comicInkArtist: true,
              comicPencilArtist: false,
              comicLetterArtist: false,
              comicStripArtist: false,
              gameArtist: false,
              gameAuthor: false,
              novelArtist: false,
              novelAuthor: false,
              referenceArtist: false,
              referenceAuthor: false,
              publicationArtist: true,
              publicationDesigner: false,
              publicationEditor: false,
              publicityArtist: true,
              cbsDigitalStaff: true,
              ilmProductionStaff: true,
              specialFeaturesStaff: true,
              storyEditor: false,
              studioExecutive: false,
              stuntDepartment: true,
              transportationDepartment: true,
              videoGameProductionStaff: false,
              writer: false
            }
          ],
          publishers: [
            {
              uid: "bravolim",
              name: "alphalim",
              broadcaster: false,
              collectibleCompany: false,
              conglomerate: false,
              digitalVisualEffectsCompany: true,
              distributor: true,
              gameCompany: true,
              filmEquipmentCompany: true,
              makeUpEffectsStudio: true,
              mattePaintingCompany: true,
              modelAndMiniatureEffectsCompany: false,
              postProductionCompany: false,
              productionCompany: true,
              propCompany: true,
              recordLabel: false,
              specialEffectsCompany: true,
              tvAndFilmProductionCompany: false,
              videoGameCompany: true
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "sierrali", message: "sierrabr" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 79,
          pageSize: 626,
          numberOfElements: 356,
          totalElements: 523,
          totalPages: 745,
          firstPage: true,
          lastPage: false
        },
        sort: { clauses: [{ name: "alphasie", direction: "DESC", clauseOrder: 950 }] },
        magazines: [
          {
            uid: "novatang",
            title: "novabrav",
            publishedYear: 803,
            publishedMonth: 683,
            publishedDay: 286,
            coverYear: 825,
            coverMonth: 180,
            coverDay: 848,
            numberOfPages: 613,
            issueNumber: "limaalph"
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "alphanov", message: "deltalim" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 990,
          pageSize: 171,
          numberOfElements: 563,
          totalElements: 910,
          totalPages: 92,
          firstPage: false,
          lastPage: true
        },
        sort: { clauses: [{ name: "bravoech", direction: "DESC", clauseOrder: 645 }] },
        magazines: [
          {
            uid: "echosier",
            title: "alphadel",
            publishedYear: 70,
            publishedMonth: 127,
            publishedDay: 194,
            coverYear: 187,
            coverMonth: 636,
            coverDay: 606,
            numberOfPages: 438,
            issueNumber: "limadelt"
          }
        ]
      }
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
          uid: "echobrav",
          title: "tangolim",
          publishedYearFrom: 162,
          publishedMonthFrom: 554,
          publishedYearTo: 446,
          publishedMonthTo: 767,
          numberOfIssues: 145,
          publishers: [
            {
              uid: "novasier",
              name: "limabrav",
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
              postProductionCompany: false,
              productionCompany: true,
              propCompany: false,
              recordLabel: false,
              specialEffectsCompany: false,
              tvAndFilmProductionCompany: false,
              videoGameCompany: false
            }
          ],
          editors: [
            {
              uid: "tangonov",
              name: "tangotan",
              birthName: "novabrav",
              gender: "F",
              dateOfBirth: "2024-10-04",
              placeOfBirth: "limasier",
              dateOfDeath: "2024-04-11",
              placeOfDeath: "alphatan",
              artDepartment: false,
              artDirector: true,
              productionDesigner: true,
              cameraAndElectricalDepartment: false,
              cinematographer: false,
              castingDepartment: false,
              costumeDepartment: true,
              costumeDesigner: true,
              director: true,
              assistantOrSecondUnitDirector: false,
              exhibitAndAttractionStaff: true,
              filmEditor: false,
              linguist: false,
              locationStaff: false,
              makeupStaff: true,
              musicDepartment: false,
              composer: true,
              personalAssistant: false,
              producer: true,
              productionAssociate: false,
              productionStaff: false,
              publicationStaff: false,
              scienceConsultant: false,
              soundDepartment: false,
              specialAndVisualEffectsStaff: false,
              author: true,
              audioAuthor: false,
              calendarArtist: true,
              comicArtist: false,
              comicAuthor: false,
              comicColorArtist: true,
              comicInteriorArtist: true,
              comicInkArtist: false,
              comicPencilArtist: false,
              comicLetterArtist: false,
              comicStripArtist: false,
              gameArtist: false,
              gameAuthor: true,
              novelArtist: false,
              novelAuthor: true,
              referenceArtist: true,
              referenceAuthor: false,
              publicationArtist: false,
              publicationDesigner: false,
              publicationEditor: true,
              publicityArtist: false,
              cbsDigitalStaff: true,
              ilmProductionStaff: false,
              specialFeaturesStaff: true,
              storyEditor: false,
              studioExecutive: true,
              stuntDepartment: true,
              transportationDepartment: true,
              videoGameProductionStaff: false,
              writer: false
            }
          ],
          magazines: [
            {
              uid: "limalima",
              title: "tangotan",
              publishedYear: 338,
              publishedMonth: 931,
              publishedDay: 686,
              coverYear: 905,
              coverMonth: 62,
              coverDay: 295,
              numberOfPages: 789,
              issueNumber: "bravotan"
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "echobrav", message: "tangolim" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 704,
          pageSize: 910,
          numberOfElements: 969,
          totalElements: 106,
          totalPages: 474,
          firstPage: true,
          lastPage: true
        },
        sort: { clauses: [{ name: "deltaalp", direction: "ASC", clauseOrder: 206 }] },
        magazineSeries: [
          {
            uid: "sierraal",
            title: "bravolim",
            publishedYearFrom: 873,
            publishedMonthFrom: 393,
            publishedYearTo: 737,
            publishedMonthTo: 722,
            numberOfIssues: 469
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "novatang", message: "tangoalp" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 429,
          pageSize: 124,
          numberOfElements: 997,
          totalElements: 767,
          totalPages: 113,
          firstPage: true,
          lastPage: true
        },
        sort: { clauses: [{ name: "alphabra", direction: "DESC", clauseOrder: 823 }] },
        magazineSeries: [
          {
            uid: "novabrav",
            title: "tangonov",
            publishedYearFrom: 572,
            publishedMonthFrom: 641,
            publishedYearTo: 754,
            publishedMonthTo: 723,
            numberOfIssues: 280
          }
        ]
      }
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
          uid: "deltadel",
          name: "novalima",
          chemicalCompound: true,
          biochemicalCompound: false,
          drug: true,
          poisonousSubstance: true,
          explosive: true,
          gemstone: true,
          alloyOrComposite: true,
          fuel: true,
          mineral: true,
          preciousMaterial: false
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "deltadel", message: "novalima" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 765,
          pageSize: 812,
          numberOfElements: 302,
          totalElements: 703,
          totalPages: 121,
          firstPage: false,
          lastPage: false
        },
        sort: { clauses: [{ name: "bravolim", direction: "DESC", clauseOrder: 255 }] },
        materials: [
          {
            uid: "tangodel",
            name: "limanova",
            chemicalCompound: false,
            biochemicalCompound: false,
            drug: true,
            poisonousSubstance: false,
            explosive: false,
            gemstone: false,
            alloyOrComposite: false,
            fuel: false,
            mineral: false,
            preciousMaterial: true
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "sierrasi", message: "deltanov" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 152,
          pageSize: 269,
          numberOfElements: 544,
          totalElements: 969,
          totalPages: 360,
          firstPage: true,
          lastPage: true
        },
        sort: { clauses: [{ name: "alphanov", direction: "DESC", clauseOrder: 252 }] },
        materials: [
          {
            uid: "deltatan",
            name: "bravosie",
            chemicalCompound: true,
            biochemicalCompound: true,
            drug: false,
            poisonousSubstance: true,
            explosive: false,
            gemstone: false,
            alloyOrComposite: false,
            fuel: false,
            mineral: true,
            preciousMaterial: true
          }
        ]
      }
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
        medicalCondition: { uid: "limasier", name: "echosier", psychologicalCondition: true }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "limasier", message: "echosier" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 925,
          pageSize: 856,
          numberOfElements: 916,
          totalElements: 401,
          totalPages: 676,
          firstPage: false,
          lastPage: true
        },
        sort: { clauses: [{ name: "novabrav", direction: "ASC", clauseOrder: 984 }] },
        medicalConditions: [{ uid: "sierraal", name: "echobrav", psychologicalCondition: false }]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "tangosie", message: "tangoech" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 715,
          pageSize: 67,
          numberOfElements: 460,
          totalElements: 677,
          totalPages: 646,
          firstPage: false,
          lastPage: true
        },
        sort: { clauses: [{ name: "limatang", direction: "DESC", clauseOrder: 917 }] },
        medicalConditions: [{ uid: "tangosie", name: "deltaalp", psychologicalCondition: false }]
      }
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
          uid: "echolima",
          title: "bravodel",
          mainDirector: {
            uid: "deltatan",
            name: "deltaech",
            birthName: "alphaalp",
            gender: "F",
            dateOfBirth: "2024-12-27",
            placeOfBirth: "sierrali",
            dateOfDeath: "2024-12-29",
            placeOfDeath: "bravoech",
            artDepartment: true,
            artDirector: true,
            productionDesigner: false,
            cameraAndElectricalDepartment: false,
            cinematographer: true,
            castingDepartment: true,
            costumeDepartment: false,
            costumeDesigner: true,
            director: true,
            assistantOrSecondUnitDirector: false,
            exhibitAndAttractionStaff: false,
            filmEditor: false,
            linguist: false,
            locationStaff: false,
            makeupStaff: true,
            musicDepartment: true,
            composer: true,
            personalAssistant: false,
            producer: false,
            productionAssociate: false,
            productionStaff: true,
            publicationStaff: false,
            scienceConsultant: true,
            soundDepartment: true,
            specialAndVisualEffectsStaff: false,
            author: true,
            audioAuthor: true,
            calendarArtist: true,
            comicArtist: true,
            comicAuthor: true,
            comicColorArtist: false,
            comicInteriorArtist: true,
            comicInkArtist: true,
            comicPencilArtist: false,
            comicLetterArtist: true,
            comicStripArtist: false,
            gameArtist: false,
            gameAuthor: true,
            novelArtist: false,
            novelAuthor: true,
            referenceArtist: true,
            referenceAuthor: true,
            publicationArtist: true,
            publicationDesigner: false,
            publicationEditor: false,
            publicityArtist: false,
            cbsDigitalStaff: true,
            ilmProductionStaff: true,
            specialFeaturesStaff: false,
            storyEditor: false,
            studioExecutive: true,
            stuntDepartment: true,
            transportationDepartment: true,
            videoGameProductionStaff: false,
            writer: true
          },
          titleBulgarian: "limadelt",
          titleCatalan: "limaalph",
          titleChineseTraditional: "deltabra",
          titleGerman: "deltaech",
          titleItalian: "bravosie",
          titleJapanese: "deltaalp",
          titlePolish: "novabrav",
          titleRussian: "echobrav",
          titleSerbian: "novatang",
          titleSpanish: "limasier",
          stardateFrom: 109,
          stardateTo: 689.8,
          yearFrom: 666,
          yearTo: 240,
          usReleaseDate: "2024-04-29",
          writers: [
            {
              uid: "tangotan",
              name: "limalima",
              birthName: "limaalph",
              gender: "M",
              dateOfBirth: "2024-07-13",
              placeOfBirth: "sierraec",
              dateOfDeath: "2024-12-27",
              placeOfDeath: "novatang",
              artDepartment: true,
              artDirector: false,
              productionDesigner: false,
              cameraAndElectricalDepartment: false,
              cinematographer: false,
              castingDepartment: false,
              costumeDepartment: false,
              costumeDesigner: false,
              director: false,
              assistantOrSecondUnitDirector: true,
              exhibitAndAttractionStaff: false,
              filmEditor: true,
              linguist: false,
              locationStaff: false,
              makeupStaff: false,
              musicDepartment: false,
              composer: false,
              personalAssistant: false,
              producer: false,
              productionAssociate: false,
              productionStaff: true,
              publicationStaff: true,
              scienceConsultant: true,
              soundDepartment: false,
              specialAndVisualEffectsStaff: false,
              author: true,
              audioAuthor: true,
              calendarArtist: true,
              comicArtist: true,
              comicAuthor: true,
              comicColorArtist: false,
              comicInteriorArtist: true,
              comicInkArtist: false,
              comicPencilArtist: false,
              comicLetterArtist: false,
              comicStripArtist: false,
              gameArtist: false,
              gameAuthor: true,
              novelArtist: true,
              novelAuthor: true,
              referenceArtist: false,
              referenceAuthor: false,
              publicationArtist: false,
              publicationDesigner: false,
              publicationEditor: true,
              publicityArtist: false,
              cbsDigitalStaff: false,
              ilmProductionStaff: false,
              specialFeaturesStaff: false,
              storyEditor: false,
              studioExecutive: false,
              stuntDepartment: false,
              transportationDepartment: true,
              videoGameProductionStaff: false,
              writer: false
            }
          ],
          screenplayAuthors: [
            {
              uid: "alphatan",
              name: "novaecho",
              birthName: "bravodel",
              gender: "F",
              dateOfBirth: "2024-01-11",
              placeOfBirth: "tangotan",
              dateOfDeath: "2024-06-16",
              placeOfDeath: "alphasie",
              artDepartment: true,
              artDirector: false,
              productionDesigner: false,
              cameraAndElectricalDepartment: true,
              cinematographer: false,
              castingDepartment: false,
              costumeDepartment: false,
              costumeDesigner: true,
              director: true,
              assistantOrSecondUnitDirector: false,
              exhibitAndAttractionStaff: false,
              filmEditor: true,
              linguist: true,
              locationStaff: true,
              makeupStaff: false,
              musicDepartment: true,
              composer: false,
              personalAssistant: true,
              producer: false,
              productionAssociate: false,
              productionStaff: false,
              publicationStaff: false,
              scienceConsultant: true,
              soundDepartment: false,
              specialAndVisualEffectsStaff: true,
              author: false,
              audioAuthor: true,
              calendarArtist: false,
              comicArtist: true,
              comicAuthor: true,
              comicColorArtist: true,
              comicInteriorArtist: false,
              comicInkArtist: false,
              comicPencilArtist: true,
              comicLetterArtist: false,
              comicStripArtist: true,
              gameArtist: true,
              gameAuthor: false,
              novelArtist: true,
              novelAuthor: false,
              referenceArtist: false,
              referenceAuthor: true,
              publicationArtist: true,
              publicationDesigner: false,
              publicationEditor: false,
              publicityArtist: false,
              cbsDigitalStaff: true,
              ilmProductionStaff: false,
              specialFeaturesStaff: true,
              storyEditor: false,
              studioExecutive: false,
              stuntDepartment: false,
              transportationDepartment: false,
              videoGameProductionStaff: true,
              writer: false
            }
          ],
          storyAuthors: [
            {
              uid: "tangosie",
              name: "echotang",
              birthName: "deltaalp",
              gender: "F",
              dateOfBirth: "2024-08-23",
              placeOfBirth: "novanova",
              dateOfDeath: "2024-02-07",
              placeOfDeath: "alphalim",
              artDepartment: false,
              artDirector: true,
              productionDesigner: true,
              cameraAndElectricalDepartment: false,
              cinematographer: true,
              castingDepartment: false,
              costumeDepartment: true,
              costumeDesigner: false,
              director: true,
              assistantOrSecondUnitDirector: false,
              exhibitAndAttractionStaff: false,
              filmEditor: true,
              linguist: true,
              locationStaff: false,
              makeupStaff: false,
              musicDepartment: false,
              composer: false,
              personalAssistant: true,
              producer: false,
              productionAssociate: false,
              productionStaff: true,
              publicationStaff: true,
              scienceConsultant: true,
              soundDepartment: true,
              specialAndVisualEffectsStaff: false,
              author: false,
              audioAuthor: true,
              calendarArtist: true,
              comicArtist: false,
              comicAuthor: false,
              comicColorArtist: false,
              comicInteriorArtist: false,
              comicInkArtist: true,
              comicPencilArtist: true,
              comicLetterArtist: true,
              comicStripArtist: true,
              gameArtist: false,
              gameAuthor: true,
              novelArtist: false,
              novelAuthor: false,
              referenceArtist: false,
              referenceAuthor: false,
              publicationArtist: false,
              publicationDesigner: false,
              publicationEditor: false,
              publicityArtist: false,
              cbsDigitalStaff: false,
              ilmProductionStaff: true,
              specialFeaturesStaff: false,
              storyEditor: false,
              studioExecutive: true,
              stuntDepartment: false,
              transportationDepartment: true,
              videoGameProductionStaff: false,
              writer: true
            }
          ],
          directors: [
            {
              uid: "novaalph",
              name: "bravodel",
              birthName: "alphasie",
              gender: "M",
              dateOfBirth: "2024-10-30",
              placeOfBirth: "novaalph",
              dateOfDeath: "2024-09-02",
              placeOfDeath: "bravolim",
              artDepartment: true,
              artDirector: false,
              productionDesigner: true,
              cameraAndElectricalDepartment: false,
              cinematographer: true,
              castingDepartment: false,
              costumeDepartment: false,
              costumeDesigner: false,
              director: true,
              assistantOrSecondUnitDirector: true,
              exhibitAndAttractionStaff: true,
              filmEditor: true,
              linguist: true,
              locationStaff: true,
              makeupStaff: true,
              musicDepartment: false,
              composer: false,
              personalAssistant: true,
              producer: false,
              productionAssociate: false,
              productionStaff: false,
              publicationStaff: true,
              scienceConsultant: false,
              soundDepartment: false,
              specialAndVisualEffectsStaff: true,
              author: false,
              audioAuthor: true,
              calendarArtist: true,
              comicArtist: false,
              comicAuthor: true,
              comicColorArtist: true,
              comicInteriorArtist: false,
              comicInkArtist: true,
              comicPencilArtist: false,
              comicLetterArtist: true,
              comicStripArtist: false,
              gameArtist: false,
              gameAuthor: true,
              novelArtist: false,
              novelAuthor: false,
              referenceArtist: false,
              referenceAuthor: false,
              publicationArtist: false,
              publicationDesigner: true,
              publicationEditor: false,
              publicityArtist: false,
              cbsDigitalStaff: false,
              ilmProductionStaff: false,
              specialFeaturesStaff: false,
              storyEditor: false,
              studioExecutive: true,
              stuntDepartment: true,
              transportationDepartment: true,
              videoGameProductionStaff: true,
              writer: false
            }
          ],
          producers: [
            {
              uid: "limatang",
              name: "alphatan",
              birthName: "sierraec",
              gender: "M",
              dateOfBirth: "2024-11-14",
              placeOfBirth: "tangoalp",
              dateOfDeath: "2024-12-30",
              placeOfDeath: "limatang",
              artDepartment: true,
              artDirector: true,
              productionDesigner: false,
              cameraAndElectricalDepartment: true,
              cinematographer: false,
              castingDepartment: true,
              costumeDepartment: false,
              costumeDesigner: true,
              director: true,
              assistantOrSecondUnitDirector: false,
              exhibitAndAttractionStaff: false,
              filmEditor: true,
              linguist: true,
              locationStaff: true,
              makeupStaff: false,
              musicDepartment: true,
              composer: true,
              personalAssistant: true,
              producer: true,
              productionAssociate: true,
              productionStaff: false,
              publicationStaff: false,
              scienceConsultant: false,
              soundDepartment: false,
              specialAndVisualEffectsStaff: true,
              author: false,
              audioAuthor: true,
              calendarArtist: false,
              comicArtist: true,
              comicAuthor: true,
              comicColorArtist: false,
              comicInteriorArtist: true,
              comicInkArtist: false,
              comicPencilArtist: false,
              comicLetterArtist: false,
              comicStripArtist: false,
              gameArtist: false,
              gameAuthor: true,
              novelArtist: false,
              novelAuthor: true,
              referenceArtist: false,
              referenceAuthor: false,
              publicationArtist: false,
              publicationDesigner: true,
              publicationEditor: true,
              publicityArtist: true,
              cbsDigitalStaff: false,
              ilmProductionStaff: true,
              specialFeaturesStaff: false,
              storyEditor: false,
              studioExecutive: false,
              stuntDepartment: false,
              transportationDepartment: false,
              videoGameProductionStaff: true,
              writer: false
            }
          ],
          staff: [
            {
              uid: "deltalim",
              name: "bravotan",
              birthName: "alphabra",
              gender: "F",
              dateOfBirth: "2024-03-17",
              placeOfBirth: "sierrade",
              dateOfDeath: "2024-11-30",
              placeOfDeath: "deltatan",
              artDepartment: true,
              artDirector: false,
              productionDesigner: true,
              cameraAndElectricalDepartment: true,
              cinematographer: false,
              castingDepartment: false,
              costumeDepartment: false,
              costumeDesigner: true,
              director: false,
              assistantOrSecondUnitDirector: true,
              exhibitAndAttractionStaff: true,
              filmEditor: true,
              linguist: true,
              locationStaff: true,
              makeupStaff: true,
              musicDepartment: false,
              composer: false,
              personalAssistant: false,
              producer: true,
              productionAssociate: false,
              productionStaff: false,
              publicationStaff: true,
              scienceConsultant: true,
              soundDepartment: false,
              specialAndVisualEffectsStaff: false,
              author: true,
              audioAuthor: true,
              calendarArtist: true,
              comicArtist: false,
              comicAuthor: true,
              comicColorArtist: true,
              comicInteriorArtist: true,
              comicInkArtist: false,
              comicPencilArtist: true,
              comicLetterArtist: false,
              comicStripArtist: false,
              gameArtist: true,
              gameAuthor: true,
              novelArtist: true,
              novelAuthor: false,
              referenceArtist: false,
              referenceAuthor: true,
              publicationArtist: false,
              publicationDesigner: true,
              publicationEditor: false,
              publicityArtist: false,
              cbsDigitalStaff: false,
              ilmProductionStaff: false,
              specialFeaturesStaff: false,
              storyEditor: true,
              studioExecutive: true,
              stuntDepartment: false,
              transportationDepartment: true,
              videoGameProductionStaff: true,
              writer: false
            }
          ],
          performers: [
            {
              uid: "echoecho",
              name: "tangoalp",
              birthName: "novalima",
              gender: "M",
              dateOfBirth: "2024-12-24",
              placeOfBirth: "alphatan",
              dateOfDeath: "2024-07-29",
              placeOfDeath: "echotang",
              animalPerformer: true,
              disPerformer: false,
              ds9Performer: true,
              entPerformer: false,
              filmPerformer: false,
              standInPerformer: false,
              stuntPerformer: false,
              tasPerformer: false,
              tngPerformer: true,
              tosPerformer: false,
              videoGamePerformer: false,
              voicePerformer: false,
              voyPerformer: false
            }
          ],
          stuntPerformers: [
            {
              uid: "novaecho",
              name: "echonova",
              birthName: "deltaalp",
              gender: "M",
              dateOfBirth: "2024-11-06",
              placeOfBirth: "sierrano",
              dateOfDeath: "2024-12-02",
              placeOfDeath: "echobrav",
              animalPerformer: true,
              disPerformer: true,
              ds9Performer: true,
              entPerformer: true,
              filmPerformer: true,
              standInPerformer: false,
              stuntPerformer: false,
              tasPerformer: false,
              tngPerformer: true,
              tosPerformer: false,
              videoGamePerformer: true,
              voicePerformer: true,
              voyPerformer: true
            }
          ],
          standInPerformers: [
            {
              uid: "limabrav",
              name: "bravotan",
              birthName: "tangosie",
              gender: "M",
              dateOfBirth: "2024-10-27",
              placeOfBirth: "limasier",
              dateOfDeath: "2024-10-28",
              placeOfDeath: "bravolim",
              animalPerformer: false,
              disPerformer: false,
              ds9Performer: false,
              entPerformer: false,
              filmPerformer: true,
              standInPerformer: false,
              stuntPerformer: false,
              tasPerformer: true,
              tngPerformer: true,
              tosPerformer: true,
              videoGamePerformer: true,
              voicePerformer: false,
              voyPerformer: true
            }
          ],
          characters: [
            {
              uid: "sierrade",
              name: "deltabra",
              gender: "M",
              yearOfBirth: 583,
              monthOfBirth: 123,
              dayOfBirth: 485,
              placeOfBirth: "tangoalp",
              yearOfDeath: 605,
              monthOfDeath: 357,
              dayOfDeath: 821,
              placeOfDeath: "echoalph",
              height: 353,
              weight: 310,
              deceased: false,
              bloodType: "B_NEGATIVE",
              maritalStatus: "REMARRIED",
              serialNumber: "sierrano",
              hologramActivationDate: "echonova",
              hologramStatus: "sierrade",
              hologramDateStatus: "tangolim",
              hologram: false,
              fictionalCharacter: false,
              mirror: false,
              alternateReality: true
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "echolima", message: "bravodel" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 420,
          pageSize: 74,
          numberOfElements: 702,
          totalElements: 203,
          totalPages: 665,
          firstPage: true,
          lastPage: false
        },
        sort: { clauses: [{ name: "echodelt", direction: "DESC", clauseOrder: 860 }] },
        movies: [
          {
            uid: "tangodel",
            title: "tangosie",
            mainDirector: { uid: "deltanov", name: "bravoech" },
            titleBulgarian: "echosier",
            titleCatalan: "tangotan",
            titleChineseTraditional: "alphabra",
            titleGerman: "tangobra",
            titleItalian: "tangobra",
            titleJapanese: "deltabra",
            titlePolish: "tangolim",
            titleRussian: "novanova",
            titleSerbian: "deltaalp",
            titleSpanish: "sierraec",
            stardateFrom: 156,
            stardateTo: 263.7,
            yearFrom: 602,
            yearTo: 72,
            usReleaseDate: "2024-01-21"
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "echoalph", message: "novabrav" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 435,
          pageSize: 793,
          numberOfElements: 442,
          totalElements: 739,
          totalPages: 83,
          firstPage: true,
          lastPage: true
        },
        sort: { clauses: [{ name: "sierrali", direction: "DESC", clauseOrder: 1 }] },
        movies: [
          {
            uid: "tangonov",
            title: "limasier",
            mainDirector: { uid: "bravoech", name: "deltanov" },
            titleBulgarian: "limaalph",
            titleCatalan: "limaecho",
            titleChineseTraditional: "limasier",
            titleGerman: "limabrav",
            titleItalian: "sierrade",
            titleJapanese: "tangoalp",
            titlePolish: "limaecho",
            titleRussian: "limaecho",
            titleSerbian: "alphatan",
            titleSpanish: "alphanov",
            stardateFrom: 446.8,
            stardateTo: 335.5,
            yearFrom: 223,
            yearTo: 232,
            usReleaseDate: "2024-01-14"
          }
        ]
      }
    }
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
          uid: "limadelt",
          name: "sierrata",
          legalOccupation: true,
          medicalOccupation: false,
          scientificOccupation: true,
          characters: [
            {
              uid: "bravoech",
              name: "bravonov",
              gender: "F",
              yearOfBirth: 993,
              monthOfBirth: 74,
              dayOfBirth: 952,
              placeOfBirth: "limabrav",
              yearOfDeath: 197,
              monthOfDeath: 107,
              dayOfDeath: 625,
              placeOfDeath: "echobrav",
              height: 273,
              weight: 805,
              deceased: false,
              bloodType: "T_NEGATIVE",
              maritalStatus: "SEPARATED",
              serialNumber: "alphaech",
              hologramActivationDate: "limanova",
              hologramStatus: "alphasie",
              hologramDateStatus: "echoalph",
              hologram: true,
              fictionalCharacter: true,
              mirror: true,
              alternateReality: true
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "limadelt", message: "sierrata" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 897,
          pageSize: 787,
          numberOfElements: 547,
          totalElements: 114,
          totalPages: 697,
          firstPage: true,
          lastPage: false
        },
        sort: { clauses: [{ name: "tangodel", direction: "ASC", clauseOrder: 128 }] },
        occupations: [
          {
            uid: "bravosie",
            name: "limabrav",
            legalOccupation: true,
            medicalOccupation: true,
            scientificOccupation: true
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "tangosie", message: "limaalph" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 271,
          pageSize: 594,
          numberOfElements: 291,
          totalElements: 272,
          totalPages: 131,
          firstPage: true,
          lastPage: false
        },
        sort: { clauses: [{ name: "sierrabr", direction: "DESC", clauseOrder: 528 }] },
        occupations: [
          {
            uid: "deltadel",
            name: "tangosie",
            legalOccupation: true,
            medicalOccupation: true,
            scientificOccupation: false
          }
        ]
      }
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
          uid: "echonova",
          name: "limatang",
          government: false,
          intergovernmentalOrganization: false,
          researchOrganization: true,
          sportOrganization: true,
          medicalOrganization: true,
          militaryOrganization: false,
          militaryUnit: false,
          governmentAgency: false,
          lawEnforcementAgency: false,
          prisonOrPenalColony: false,
          mirror: true,
          alternateReality: false,
          characters: [
            {
              uid: "bravotan",
              name: "tangobra",
              gender: "F",
              yearOfBirth: 135,
              monthOfBirth: 647,
              dayOfBirth: 183,
              placeOfBirth: "sierrata",
              yearOfDeath: 66,
              monthOfDeath: 621,
              dayOfDeath: 27,
              placeOfDeath: "deltaech",
              height: 472,
              weight: 295,
              deceased: false,
              bloodType: "O_NEGATIVE",
              maritalStatus: "CAPTAINS_WOMAN",
              serialNumber: "bravodel",
              hologramActivationDate: "alphaalp",
              hologramStatus: "tangonov",
              hologramDateStatus: "bravobra",
              hologram: false,
              fictionalCharacter: false,
              mirror: false,
              alternateReality: true
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "echonova", message: "limatang" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 385,
          pageSize: 993,
          numberOfElements: 978,
          totalElements: 599,
          totalPages: 773,
          firstPage: false,
          lastPage: false
        },
        sort: { clauses: [{ name: "novasier", direction: "ASC", clauseOrder: 650 }] },
        organizations: [
          {
            uid: "echobrav",
            name: "alphatan",
            government: true,
            intergovernmentalOrganization: false,
            researchOrganization: true,
            sportOrganization: true,
            medicalOrganization: true,
            militaryOrganization: true,
            militaryUnit: true,
            governmentAgency: true,
            lawEnforcementAgency: false,
            prisonOrPenalColony: true,
            mirror: true,
            alternateReality: false
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "echotang", message: "tangolim" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 323,
          pageSize: 591,
          numberOfElements: 32,
          totalElements: 664,
          totalPages: 2,
          firstPage: false,
          lastPage: false
        },
        sort: { clauses: [{ name: "sierrabr", direction: "DESC", clauseOrder: 852 }] },
        organizations: [
          {
            uid: "sierraal",
            name: "sierrade",
            government: false,
            intergovernmentalOrganization: true,
            researchOrganization: true,
            sportOrganization: false,
            medicalOrganization: true,
            militaryOrganization: true,
            militaryUnit: true,
            governmentAgency: false,
            lawEnforcementAgency: true,
            prisonOrPenalColony: true,
            mirror: true,
            alternateReality: false
          }
        ]
      }
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
          uid: "bravolim",
          name: "deltabra",
          birthName: "limaalph",
          gender: "F",
          dateOfBirth: "2024-08-02",
          placeOfBirth: "limabrav",
          dateOfDeath: "2024-07-24",
          placeOfDeath: "alphabra",
          animalPerformer: false,
          disPerformer: true,
          ds9Performer: false,
          entPerformer: true,
          filmPerformer: true,
          standInPerformer: true,
          stuntPerformer: true,
          tasPerformer: true,
          tngPerformer: true,
          tosPerformer: false,
          videoGamePerformer: false,
          voicePerformer: false,
          voyPerformer: false,
          episodesPerformances: [
            {
              uid: "novasier",
              title: "novatang",
              titleGerman: "bravosie",
              titleItalian: "deltabra",
              titleJapanese: "alphaech",
              series: { uid: "alphanov", title: "echolima" },
              season: { uid: "bravonov", title: "alphalim" },
              seasonNumber: 607,
              episodeNumber: 100,
              productionSerialNumber: "limanova",
              featureLength: false,
              stardateFrom: 710.2,
              stardateTo: 325,
              yearFrom: 936,
              yearTo: 321,
              usAirDate: "2024-03-02",
              finalScriptDate: "2024-05-08"
            }
          ],
          episodesStuntPerformances: [
            {
              uid: "bravobra",
              title: "deltadel",
              titleGerman: "echoalph",
              titleItalian: "bravobra",
              titleJapanese: "bravonov",
              series: { uid: "bravonov", title: "sierrali" },
              season: { uid: "sierraal", title: "tangobra" },
              seasonNumber: 900,
              episodeNumber: 556,
              productionSerialNumber: "bravobra",
              featureLength: true,
              stardateFrom: 508.3,
              stardateTo: 441.5,
              yearFrom: 338,
              yearTo: 746,
              usAirDate: "2024-01-30",
              finalScriptDate: "2024-12-07"
            }
          ],
          episodesStandInPerformances: [
            {
              uid: "limabrav",
              title: "alphalim",
              titleGerman: "sierrali",
              titleItalian: "tangodel",
              titleJapanese: "echoecho",
              series: { uid: "novadelt", title: "sierrano" },
              season: { uid: "deltasie", title: "novabrav" },
              seasonNumber: 340,
              episodeNumber: 425,
              productionSerialNumber: "novasier",
              featureLength: true,
              stardateFrom: 625,
              stardateTo: 688.6,
              yearFrom: 208,
              yearTo: 359,
              usAirDate: "2024-08-13",
              finalScriptDate: "2024-07-10"
            }
          ],
          moviesPerformances: [
            {
              uid: "deltalim",
              title: "tangosie",
              mainDirector: { uid: "alphaech", name: "echoalph" },
              titleBulgarian: "novaalph",
              titleCatalan: "limadelt",
              titleChineseTraditional: "echoecho",
              titleGerman: "echobrav",
              titleItalian: "novaalph",
              titleJapanese: "alphanov",
              titlePolish: "deltadel",
              titleRussian: "tangodel",
              titleSerbian: "tangosie",
              titleSpanish: "echosier",
              stardateFrom: 304.7,
              stardateTo: 703.5,
              yearFrom: 305,
              yearTo: 400,
              usReleaseDate: "2024-05-06"
            }
          ],
          moviesStuntPerformances: [
            {
              uid: "deltanov",
              title: "bravodel",
              mainDirector: { uid: "echobrav", name: "novanova" },
              titleBulgarian: "bravoalp",
              titleCatalan: "novasier",
              titleChineseTraditional: "limasier",
              titleGerman: "novalima",
              titleItalian: "deltanov",
              titleJapanese: "deltanov",
              titlePolish: "limaalph",
              titleRussian: "alphalim",
              titleSerbian: "tangosie",
              titleSpanish: "sierrabr",
              stardateFrom: 143.3,
              stardateTo: 171.3,
              yearFrom: 876,
              yearTo: 139,
              usReleaseDate: "2024-10-14"
            }
          ],
          moviesStandInPerformances: [
            {
              uid: "tangotan",
              title: "novaecho",
              mainDirector: { uid: "tangoech", name: "sierrano" },
              titleBulgarian: "novatang",
              titleCatalan: "limabrav",
              titleChineseTraditional: "alphaalp",
              titleGerman: "limasier",
              titleItalian: "deltanov",
              titleJapanese: "limabrav",
              titlePolish: "novasier",
              titleRussian: "alphanov",
              titleSerbian: "bravolim",
              titleSpanish: "sierrata",
              stardateFrom: 517,
              stardateTo: 306.4,
              yearFrom: 754,
              yearTo: 70,
              usReleaseDate: "2024-08-06"
            }
          ],
          characters: [
            {
              uid: "echodelt",
              name: "deltalim",
              gender: "M",
              yearOfBirth: 135,
              monthOfBirth: 989,
              dayOfBirth: 891,
              placeOfBirth: "deltasie",
              yearOfDeath: 689,
              monthOfDeath: 202,
              dayOfDeath: 172,
              placeOfDeath: "deltadel",
              height: 882,
              weight: 164,
              deceased: false,
              bloodType: "O_NEGATIVE",
              maritalStatus: "REMARRIED",
              serialNumber: "tangobra",
              hologramActivationDate: "tangoech",
              hologramStatus: "bravolim",
              hologramDateStatus: "novaalph",
              hologram: true,
              fictionalCharacter: true,
              mirror: true,
              alternateReality: false
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "bravolim", message: "deltabra" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 764,
          pageSize: 793,
          numberOfElements: 336,
          totalElements: 365,
          totalPages: 254,
          firstPage: true,
          lastPage: true
        },
        sort: { clauses: [{ name: "sierraec", direction: "DESC", clauseOrder: 503 }] },
        performers: [
          {
            uid: "tangolim",
            name: "tangoalp",
            birthName: "alphaalp",
            gender: "F",
            dateOfBirth: "2024-05-14",
            placeOfBirth: "novaecho",
            dateOfDeath: "2024-04-18",
            placeOfDeath: "novanova",
            animalPerformer: false,
            disPerformer: true,
            ds9Performer: false,
            entPerformer: false,
            filmPerformer: false,
            standInPerformer: true,
            stuntPerformer: false,
            tasPerformer: false,
            tngPerformer: false,
            tosPerformer: true,
            videoGamePerformer: false,
            voicePerformer: false,
            voyPerformer: false
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "sierrasi", message: "deltadel" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 670,
          pageSize: 773,
          numberOfElements: 124,
          totalElements: 615,
          totalPages: 73,
          firstPage: true,
          lastPage: true
        },
        sort: { clauses: [{ name: "deltasie", direction: "ASC", clauseOrder: 673 }] },
        performers: [
          {
            uid: "echolima",
            name: "alphaalp",
            birthName: "novabrav",
            gender: "M",
            dateOfBirth: "2024-03-02",
            placeOfBirth: "alphabra",
            dateOfDeath: "2024-12-20",
            placeOfDeath: "echodelt",
            animalPerformer: true,
            disPerformer: true,
            ds9Performer: false,
            entPerformer: false,
            filmPerformer: false,
            standInPerformer: true,
            stuntPerformer: true,
            tasPerformer: false,
            tngPerformer: true,
            tosPerformer: true,
            videoGamePerformer: true,
            voicePerformer: false,
            voyPerformer: true
          }
        ]
      }
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
          uid: "deltanov",
          title: "echoecho",
          series: {
            uid: "novaalph",
            title: "novadelt",
            abbreviation: "sierrasi",
            productionStartYear: 904,
            productionEndYear: 708,
            originalRunStartDate: "2024-05-01",
            originalRunEndDate: "2024-03-07",
            seasonsCount: 344,
            episodesCount: 863,
            featureLengthEpisodesCount: 270,
            productionCompany: { uid: "limanova", name: "echotang" },
            originalBroadcaster: { uid: "tangodel", name: "tangoech" }
          },
          seasonNumber: 446,
          numberOfEpisodes: 817,
          episodes: [
            {
              uid: "novanova",
              title: "limalima",
              titleGerman: "limasier",
              titleItalian: "bravosie",
              titleJapanese: "bravosie",
              series: { uid: "limalima", title: "echonova" },
              season: { uid: "limaecho", title: "alphalim" },
              seasonNumber: 770,
              episodeNumber: 171,
              productionSerialNumber: "echodelt",
              featureLength: false,
              stardateFrom: 192.7,
              stardateTo: 172.1,
              yearFrom: 109,
              yearTo: 56,
              usAirDate: "2024-07-02",
              finalScriptDate: "2024-05-26"
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "deltanov", message: "echoecho" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 822,
          pageSize: 838,
          numberOfElements: 446,
          totalElements: 596,
          totalPages: 398,
          firstPage: false,
          lastPage: true
        },
        sort: { clauses: [{ name: "echotang", direction: "ASC", clauseOrder: 623 }] },
        seasons: [
          {
            uid: "alphadel",
            title: "deltaech",
            series: { uid: "novasier", title: "alphadel" },
            seasonNumber: 784,
            numberOfEpisodes: 744
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "sierrasi", message: "echolima" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 462,
          pageSize: 897,
          numberOfElements: 384,
          totalElements: 664,
          totalPages: 537,
          firstPage: true,
          lastPage: false
        },
        sort: { clauses: [{ name: "novabrav", direction: "DESC", clauseOrder: 396 }] },
        seasons: [
          {
            uid: "novanova",
            title: "novasier",
            series: { uid: "sierraal", title: "bravobra" },
            seasonNumber: 687,
            numberOfEpisodes: 504
          }
        ]
      }
    }
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
          uid: "novaecho",
          title: "tangoech",
          abbreviation: "echobrav",
          productionStartYear: 950,
          productionEndYear: 717,
          originalRunStartDate: "2024-01-20",
          originalRunEndDate: "2024-09-07",
          seasonsCount: 180,
          episodesCount: 175,
          featureLengthEpisodesCount: 245,
          productionCompany: {
            uid: "alphaalp",
            name: "alphaech",
            broadcaster: true,
            collectibleCompany: false,
            conglomerate: false,
            digitalVisualEffectsCompany: true,
            distributor: true,
            gameCompany: true,
            filmEquipmentCompany: true,
            makeUpEffectsStudio: true,
            mattePaintingCompany: false,
            modelAndMiniatureEffectsCompany: true,
            postProductionCompany: false,
            productionCompany: false,
            propCompany: true,
            recordLabel: true,
            specialEffectsCompany: true,
            tvAndFilmProductionCompany: true,
            videoGameCompany: false
          },
          originalBroadcaster: {
            uid: "tangobra",
            name: "sierrano",
            broadcaster: false,
            collectibleCompany: false,
            conglomerate: true,
            digitalVisualEffectsCompany: false,
            distributor: true,
            gameCompany: false,
            filmEquipmentCompany: true,
            makeUpEffectsStudio: false,
            mattePaintingCompany: false,
            modelAndMiniatureEffectsCompany: false,
            postProductionCompany: false,
            productionCompany: false,
            propCompany: true,
            recordLabel: false,
            specialEffectsCompany: true,
            tvAndFilmProductionCompany: false,
            videoGameCompany: false
          },
          episodes: [
            {
              uid: "sierrali",
              title: "deltadel",
              titleGerman: "deltadel",
              titleItalian: "alphadel",
              titleJapanese: "echonova",
              series: { uid: "novaalph", title: "deltabra" },
              season: { uid: "limanova", title: "alphaech" },
              seasonNumber: 817,
              episodeNumber: 923,
              productionSerialNumber: "limadelt",
              featureLength: true,
              stardateFrom: 816.2,
              stardateTo: 801.3,
              yearFrom: 616,
              yearTo: 583,
              usAirDate: "2024-05-29",
              finalScriptDate: "2024-11-15"
            }
          ],
          seasons: [
            {
              uid: "limanova",
              title: "bravotan",
              series: { uid: "tangonov", title: "alphaalp" },
              seasonNumber: 90,
              numberOfEpisodes: 949
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "novaecho", message: "tangoech" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 271,
          pageSize: 435,
          numberOfElements: 686,
          totalElements: 719,
          totalPages: 148,
          firstPage: true,
          lastPage: true
        },
        sort: { clauses: [{ name: "echotang", direction: "ASC", clauseOrder: 535 }] },
        series: [
          {
            uid: "tangodel",
            title: "tangodel",
            abbreviation: "sierrali",
            productionStartYear: 4,
            productionEndYear: 212,
            originalRunStartDate: "2024-10-05",
            originalRunEndDate: "2024-07-30",
            seasonsCount: 509,
            episodesCount: 881,
            featureLengthEpisodesCount: 178,
            productionCompany: { uid: "alphabra", name: "bravoalp" },
            originalBroadcaster: { uid: "tangodel", name: "sierrabr" }
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "deltaech", message: "novanova" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 179,
          pageSize: 453,
          numberOfElements: 391,
          totalElements: 583,
          totalPages: 419,
          firstPage: false,
          lastPage: true
        },
        sort: { clauses: [{ name: "alphasie", direction: "ASC", clauseOrder: 761 }] },
        series: [
          {
            uid: "sierrasi",
            title: "alphaech",
            abbreviation: "tangotan",
            productionStartYear: 853,
            productionEndYear: 4,
            originalRunStartDate: "2024-10-21",
            originalRunEndDate: "2024-02-10",
            seasonsCount: 192,
            episodesCount: 57,
            featureLengthEpisodesCount: 29,
            productionCompany: { uid: "novatang", name: "bravonov" },
            originalBroadcaster: { uid: "novadelt", name: "tangotan" }
          }
        ]
      }
    }
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
          uid: "alphaalp",
          title: "alphatan",
          releaseDate: "2024-11-21",
          length: 776,
          labels: [
            {
              uid: "tangotan",
              name: "sierraec",
              broadcaster: false,
              collectibleCompany: false,
              conglomerate: true,
              digitalVisualEffectsCompany: false,
              distributor: false,
              gameCompany: false,
              filmEquipmentCompany: false,
              makeUpEffectsStudio: false,
              mattePaintingCompany: true,
              modelAndMiniatureEffectsCompany: true,
              postProductionCompany: false,
              productionCompany: true,
              propCompany: true,
              recordLabel: true,
              specialEffectsCompany: true,
              tvAndFilmProductionCompany: false,
              videoGameCompany: true
            }
          ],
          composers: [
            {
              uid: "echoecho",
              name: "limanova",
              birthName: "deltaalp",
              gender: "M",
              dateOfBirth: "2024-03-09",
              placeOfBirth: "bravonov",
              dateOfDeath: "2024-10-23",
              placeOfDeath: "sierrade",
              artDepartment: true,
              artDirector: false,
              productionDesigner: false,
              cameraAndElectricalDepartment: false,
              cinematographer: false,
              castingDepartment: false,
              costumeDepartment: true,
              costumeDesigner: false,
              director: false,
              assistantOrSecondUnitDirector: true,
              exhibitAndAttractionStaff: false,
              filmEditor: false,
              linguist: true,
              locationStaff: true,
              makeupStaff: true,
              musicDepartment: false,
              composer: true,
              personalAssistant: false,
              producer: true,
              productionAssociate: true,
              productionStaff: false,
              publicationStaff: false,
              scienceConsultant: true,
              soundDepartment: true,
              specialAndVisualEffectsStaff: true,
              author: false,
              audioAuthor: true,
              calendarArtist: true,
              comicArtist: false,
              comicAuthor: false,
              comicColorArtist: false,
              comicInteriorArtist: false,
              comicInkArtist: false,
              comicPencilArtist: false,
              comicLetterArtist: true,
              comicStripArtist: false,
              gameArtist: false,
              gameAuthor: false,
              novelArtist: false,
              novelAuthor: false,
              referenceArtist: false,
              referenceAuthor: true,
              publicationArtist: false,
              publicationDesigner: true,
              publicationEditor: false,
              publicityArtist: false,
              cbsDigitalStaff: false,
              ilmProductionStaff: false,
              specialFeaturesStaff: false,
              storyEditor: true,
              studioExecutive: true,
              stuntDepartment: true,
              transportationDepartment: true,
              videoGameProductionStaff: false,
              writer: false
            }
          ],
          contributors: [
            {
              uid: "deltanov",
              name: "alphasie",
              birthName: "bravobra",
              gender: "M",
              dateOfBirth: "2024-06-10",
              placeOfBirth: "bravotan",
              dateOfDeath: "2024-10-28",
              placeOfDeath: "tangobra",
              artDepartment: false,
              artDirector: true,
              productionDesigner: true,
              cameraAndElectricalDepartment: false,
              cinematographer: false,
              castingDepartment: false,
              costumeDepartment: false,
              costumeDesigner: false,
              director: true,
              assistantOrSecondUnitDirector: true,
              exhibitAndAttractionStaff: false,
              filmEditor: false,
              linguist: true,
              locationStaff: false,
              makeupStaff: true,
              musicDepartment: true,
              composer: false,
              personalAssistant: true,
              producer: false,
              productionAssociate: true,
              productionStaff: true,
              publicationStaff: true,
              scienceConsultant: true,
              soundDepartment: true,
              specialAndVisualEffectsStaff: false,
              author: false,
              audioAuthor: false,
              calendarArtist: false,
              comicArtist: false,
              comicAuthor: true,
              comicColorArtist: false,
              comicInteriorArtist: true,
              comicInkArtist: true,
              comicPencilArtist: true,
              comicLetterArtist: false,
              comicStripArtist: false,
              gameArtist: false,
              gameAuthor: false,
              novelArtist: false,
              novelAuthor: false,
              referenceArtist: true,
              referenceAuthor: false,
              publicationArtist: true,
              publicationDesigner: true,
              publicationEditor: true,
              publicityArtist: false,
              cbsDigitalStaff: false,
              ilmProductionStaff: true,
              specialFeaturesStaff: false,
              storyEditor: false,
              studioExecutive: false,
              stuntDepartment: false,
              transportationDepartment: false,
              videoGameProductionStaff: true,
              writer: true
            }
          ],
          orchestrators: [
            {
              uid: "limaecho",
              name: "echoecho",
              birthName: "bravosie",
              gender: "M",
              dateOfBirth: "2024-07-23",
              placeOfBirth: "alphasie",
              dateOfDeath: "2024-04-21",
              placeOfDeath: "sierrabr",
              artDepartment: true,
              artDirector: false,
              productionDesigner: false,
              cameraAndElectricalDepartment: false,
              cinematographer: true,
              castingDepartment: true,
              costumeDepartment: false,
              costumeDesigner: true,
              director: false,
              assistantOrSecondUnitDirector: false,
              exhibitAndAttractionStaff: true,
              filmEditor: true,
              linguist: true,
              locationStaff: false,
              makeupStaff: false,
              musicDepartment: true,
              composer: true,
              personalAssistant: true,
              producer: true,
              productionAssociate: false,
              productionStaff: false,
              publicationStaff: true,
              scienceConsultant: true,
              soundDepartment: true,
              specialAndVisualEffectsStaff: true,
              author: false,
              audioAuthor: true,
              calendarArtist: false,
              comicArtist: false,
              comicAuthor: false,
              comicColorArtist: true,
              comicInteriorArtist: false,
              comicInkArtist: false,
              comicPencilArtist: false,
              comicLetterArtist: false,
              comicStripArtist: false,
              gameArtist: true,
              gameAuthor: false,
              novelArtist: true,
              novelAuthor: true,
              referenceArtist: true,
              referenceAuthor: true,
              publicationArtist: true,
              publicationDesigner: false,
              publicationEditor: false,
              publicityArtist: true,
              cbsDigitalStaff: false,
              ilmProductionStaff: false,
              specialFeaturesStaff: false,
              storyEditor: true,
              studioExecutive: true,
              stuntDepartment: true,
              transportationDepartment: true,
              videoGameProductionStaff: false,
              writer: true
            }
          ],
          references: [{ uid: "sierrasi", referenceType: "ASIN", referenceNumber: "novalima" }]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "alphaalp", message: "alphatan" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 110,
          pageSize: 175,
          numberOfElements: 315,
          totalElements: 423,
          totalPages: 665,
          firstPage: true,
          lastPage: false
        },
        sort: { clauses: [{ name: "alphaech", direction: "DESC", clauseOrder: 181 }] },
        soundtracks: [
          { uid: "limatang", title: "echoecho", releaseDate: "2024-07-06", length: 123 }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "alphabra", message: "deltaech" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 27,
          pageSize: 86,
          numberOfElements: 427,
          totalElements: 744,
          totalPages: 659,
          firstPage: true,
          lastPage: true
        },
        sort: { clauses: [{ name: "alphadel", direction: "DESC", clauseOrder: 541 }] },
        soundtracks: [
          { uid: "sierrata", title: "novatang", releaseDate: "2024-03-30", length: 928 }
        ]
      }
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
          uid: "tangoalp",
          name: "sierrata",
          registry: "bravodel",
          status: "echonova",
          dateStatus: "alphatan",
          spacecraftClass: {
            uid: "novasier",
            name: "deltanov",
            numberOfDecks: 999,
            warpCapable: false,
            alternateReality: true,
            activeFrom: "bravoalp",
            activeTo: "echobrav",
            species: { uid: "tangobra", name: "alphanov" },
            owner: { uid: "echoecho", name: "novanova" },
            operator: { uid: "bravoalp", name: "echoecho" },
            affiliation: { uid: "limabrav", name: "sierrali" }
          },
          owner: {
            uid: "sierrabr",
            name: "novadelt",
            government: false,
            intergovernmentalOrganization: false,
            researchOrganization: true,
            sportOrganization: true,
            medicalOrganization: false,
            militaryOrganization: false,
            militaryUnit: false,
            governmentAgency: false,
            lawEnforcementAgency: true,
            prisonOrPenalColony: false,
            mirror: true,
            alternateReality: false
          },
          operator: {
            uid: "limalima",
            name: "alphasie",
            government: false,
            intergovernmentalOrganization: true,
            researchOrganization: true,
            sportOrganization: false,
            medicalOrganization: false,
            militaryOrganization: true,
            militaryUnit: true,
            governmentAgency: false,
            lawEnforcementAgency: true,
            prisonOrPenalColony: true,
            mirror: false,
            alternateReality: true
          },
          spacecraftTypes: [{ uid: "novatang", name: "bravobra" }]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "tangoalp", message: "sierrata" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 652,
          pageSize: 263,
          numberOfElements: 677,
          totalElements: 597,
          totalPages: 621,
          firstPage: true,
          lastPage: false
        },
        sort: { clauses: [{ name: "sierraal", direction: "DESC", clauseOrder: 876 }] },
        spacecrafts: [
          {
            uid: "bravolim",
            name: "limaecho",
            registry: "sierrasi",
            status: "novalima",
            dateStatus: "novasier",
            spacecraftClass: { uid: "deltanov", name: "deltatan" },
            owner: { uid: "sierrabr", name: "deltatan" },
            operator: { uid: "sierrano", name: "echotang" }
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "novadelt", message: "novalima" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 362,
          pageSize: 388,
          numberOfElements: 939,
          totalElements: 285,
          totalPages: 307,
          firstPage: false,
          lastPage: true
        },
        sort: { clauses: [{ name: "sierrasi", direction: "ASC", clauseOrder: 568 }] },
        spacecrafts: [
          {
            uid: "novanova",
            name: "deltadel",
            registry: "alphaech",
            status: "limabrav",
            dateStatus: "echoalph",
            spacecraftClass: { uid: "deltalim", name: "novatang" },
            owner: { uid: "tangoech", name: "novasier" },
            operator: { uid: "limaalph", name: "novadelt" }
          }
        ]
      }
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
          uid: "tangoech",
          name: "deltabra",
          numberOfDecks: 239,
          warpCapable: true,
          alternateReality: true,
          activeFrom: "sierrano",
          activeTo: "novaecho",
          species: { uid: "deltalim", name: "sierraal" },
          owner: {
            uid: "alphalim",
            name: "limadelt",
            government: false,
            intergovernmentalOrganization: true,
            researchOrganization: false,
            sportOrganization: false,
            medicalOrganization: false,
            militaryOrganization: false,
            militaryUnit: true,
            governmentAgency: false,
            lawEnforcementAgency: true,
            prisonOrPenalColony: false,
            mirror: false,
            alternateReality: true
          },
          operator: {
            uid: "tangoalp",
            name: "novaalph",
            government: true,
            intergovernmentalOrganization: true,
            researchOrganization: false,
            sportOrganization: true,
            medicalOrganization: false,
            militaryOrganization: true,
            militaryUnit: false,
            governmentAgency: false,
            lawEnforcementAgency: false,
            prisonOrPenalColony: true,
            mirror: true,
            alternateReality: true
          },
          affiliation: {
            uid: "deltalim",
            name: "deltadel",
            government: false,
            intergovernmentalOrganization: false,
            researchOrganization: true,
            sportOrganization: false,
            medicalOrganization: true,
            militaryOrganization: true,
            militaryUnit: true,
            governmentAgency: false,
            lawEnforcementAgency: false,
            prisonOrPenalColony: true,
            mirror: false,
            alternateReality: false
          },
          spacecraftTypes: [{ uid: "tangobra", name: "sierrano" }],
          spacecrafts: [
            {
              uid: "tangolim",
              name: "bravobra",
              registry: "deltaech",
              status: "echobrav",
              dateStatus: "alphabra",
              spacecraftClass: { uid: "deltanov", name: "echoecho" },
              owner: { uid: "deltalim", name: "novaalph" },
              operator: { uid: "echodelt", name: "bravobra" }
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "tangoech", message: "deltabra" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 520,
          pageSize: 486,
          numberOfElements: 931,
          totalElements: 232,
          totalPages: 404,
          firstPage: false,
          lastPage: true
        },
        sort: { clauses: [{ name: "echoecho", direction: "ASC", clauseOrder: 343 }] },
        spacecraftClasses: [
          {
            uid: "alphaalp",
            name: "tangodel",
            numberOfDecks: 929,
            warpCapable: false,
            alternateReality: false,
            activeFrom: "tangosie",
            activeTo: "echonova",
            species: { uid: "sierrade", name: "tangobra" },
            owner: { uid: "limalima", name: "echolima" },
            operator: { uid: "tangodel", name: "tangolim" },
            affiliation: { uid: "limabrav", name: "tangobra" }
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "limaecho", message: "tangobra" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 96,
          pageSize: 195,
          numberOfElements: 71,
          totalElements: 707,
          totalPages: 704,
          firstPage: true,
          lastPage: false
        },
        sort: { clauses: [{ name: "alphabra", direction: "ASC", clauseOrder: 976 }] },
        spacecraftClasses: [
          {
            uid: "echobrav",
            name: "echodelt",
            numberOfDecks: 722,
            warpCapable: false,
            alternateReality: false,
            activeFrom: "alphalim",
            activeTo: "novalima",
            species: { uid: "novaalph", name: "bravobra" },
            owner: { uid: "echoecho", name: "deltaalp" },
            operator: { uid: "novalima", name: "tangobra" },
            affiliation: { uid: "tangodel", name: "novadelt" }
          }
        ]
      }
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
          uid: "limaalph",
          name: "tangosie",
          homeworld: {
            uid: "novadelt",
            name: "bravoalp",
            astronomicalObjectType: "COMET",
            location: { uid: "alphaech", name: "limadelt" }
          },
          quadrant: {
            uid: "novasier",
            name: "sierrasi",
            astronomicalObjectType: "M_CLASS_PLANET",
            location: { uid: "bravosie", name: "limabrav" }
          },
          extinctSpecies: true,
          warpCapableSpecies: false,
          extraGalacticSpecies: true,
          humanoidSpecies: false,
          reptilianSpecies: false,
          nonCorporealSpecies: true,
          shapeshiftingSpecies: false,
          spaceborneSpecies: false,
          telepathicSpecies: false,
          transDimensionalSpecies: false,
          unnamedSpecies: false,
          alternateReality: false,
          characters: [
            {
              uid: "bravolim",
              name: "sierrali",
              gender: "F",
              yearOfBirth: 775,
              monthOfBirth: 876,
              dayOfBirth: 502,
              placeOfBirth: "bravolim",
              yearOfDeath: 476,
              monthOfDeath: 250,
              dayOfDeath: 974,
              placeOfDeath: "sierrabr",
              height: 791,
              weight: 199,
              deceased: true,
              bloodType: "O_NEGATIVE",
              maritalStatus: "ENGAGED",
              serialNumber: "sierrasi",
              hologramActivationDate: "tangonov",
              hologramStatus: "bravonov",
              hologramDateStatus: "alphatan",
              hologram: true,
              fictionalCharacter: true,
              mirror: true,
              alternateReality: true
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "limaalph", message: "tangosie" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 456,
          pageSize: 990,
          numberOfElements: 317,
          totalElements: 852,
          totalPages: 335,
          firstPage: true,
          lastPage: false
        },
        sort: { clauses: [{ name: "bravoech", direction: "ASC", clauseOrder: 257 }] },
        species: [
          {
            uid: "novaecho",
            name: "sierrade",
            homeworld: { uid: "tangotan", name: "tangodel" },
            quadrant: { uid: "tangolim", name: "limaecho" },
            extinctSpecies: false,
            warpCapableSpecies: false,
            extraGalacticSpecies: true,
            humanoidSpecies: true,
            reptilianSpecies: true,
            nonCorporealSpecies: true,
            shapeshiftingSpecies: false,
            spaceborneSpecies: false,
            telepathicSpecies: false,
            transDimensionalSpecies: false,
            unnamedSpecies: true,
            alternateReality: true
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "echotang", message: "deltasie" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 281,
          pageSize: 40,
          numberOfElements: 566,
          totalElements: 412,
          totalPages: 624,
          firstPage: true,
          lastPage: true
        },
        sort: { clauses: [{ name: "novasier", direction: "DESC", clauseOrder: 950 }] },
        species: [
          {
            uid: "alphaalp",
            name: "novaecho",
            homeworld: { uid: "tangosie", name: "echoecho" },
            quadrant: { uid: "bravobra", name: "echolima" },
            extinctSpecies: false,
            warpCapableSpecies: false,
            extraGalacticSpecies: true,
            humanoidSpecies: true,
            reptilianSpecies: true,
            nonCorporealSpecies: true,
            shapeshiftingSpecies: true,
            spaceborneSpecies: false,
            telepathicSpecies: false,
            transDimensionalSpecies: true,
            unnamedSpecies: false,
            alternateReality: false
          }
        ]
      }
    }
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
          uid: "tangolim",
          name: "alphaech",
          birthName: "limasier",
          gender: "M",
          dateOfBirth: "2024-11-24",
          placeOfBirth: "tangodel",
          dateOfDeath: "2024-01-30",
          placeOfDeath: "bravobra",
          artDepartment: true,
          artDirector: true,
          productionDesigner: true,
          cameraAndElectricalDepartment: true,
          cinematographer: false,
          castingDepartment: true,
          costumeDepartment: false,
          costumeDesigner: true,
          director: true,
          assistantOrSecondUnitDirector: true,
          exhibitAndAttractionStaff: true,
          filmEditor: false,
          linguist: true,
          locationStaff: false,
          makeupStaff: false,
          musicDepartment: false,
          composer: true,
          personalAssistant: true,
          producer: false,
          productionAssociate: true,
          productionStaff: true,
          publicationStaff: true,
          scienceConsultant: true,
          soundDepartment: false,
          specialAndVisualEffectsStaff: true,
          author: false,
          audioAuthor: false,
          calendarArtist: true,
          comicArtist: true,
          comicAuthor: false,
          comicColorArtist: false,
          comicInteriorArtist: true,
          comicInkArtist: false,
          comicPencilArtist: true,
          comicLetterArtist: true,
          comicStripArtist: false,
          gameArtist: true,
          gameAuthor: true,
          novelArtist: true,
          novelAuthor: false,
          referenceArtist: true,
          referenceAuthor: true,
          publicationArtist: false,
          publicationDesigner: false,
          publicationEditor: true,
          publicityArtist: true,
          cbsDigitalStaff: false,
          ilmProductionStaff: false,
          specialFeaturesStaff: true,
          storyEditor: true,
          studioExecutive: true,
          stuntDepartment: false,
          transportationDepartment: true,
          videoGameProductionStaff: true,
          writer: false,
          writtenEpisodes: [
            {
              uid: "limabrav",
              title: "novaalph",
              titleGerman: "deltanov",
              titleItalian: "deltadel",
              titleJapanese: "echoalph",
              series: { uid: "deltatan", title: "limaalph" },
              season: { uid: "sierrali", title: "sierraec" },
              seasonNumber: 934,
              episodeNumber: 359,
              productionSerialNumber: "echobrav",
              featureLength: false,
              stardateFrom: 283.3,
              stardateTo: 575.8,
              yearFrom: 383,
              yearTo: 598,
              usAirDate: "2024-10-15",
              finalScriptDate: "2024-01-22"
            }
          ],
          teleplayAuthoredEpisodes: [
            {
              uid: "bravoalp",
              title: "alphabra",
              titleGerman: "alphadel",
              titleItalian: "alphatan",
              titleJapanese: "limanova",
              series: { uid: "bravoalp", title: "echolima" },
              season: { uid: "novaalph", title: "tangodel" },
              seasonNumber: 290,
              episodeNumber: 254,
              productionSerialNumber: "echosier",
              featureLength: true,
              stardateFrom: 568.8,
              stardateTo: 149,
              yearFrom: 628,
              yearTo: 115,
              usAirDate: "2024-07-26",
              finalScriptDate: "2024-02-06"
            }
          ],
          storyAuthoredEpisodes: [
            {
              uid: "limaalph",
              title: "tangodel",
              titleGerman: "novalima",
              titleItalian: "limabrav",
              titleJapanese: "sierraal",
              series: { uid: "sierrano", title: "sierrabr" },
              season: { uid: "novabrav", title: "limaecho" },
              seasonNumber: 429,
              episodeNumber: 350,
              productionSerialNumber: "alphaalp",
              featureLength: false,
              stardateFrom: 340.8,
              stardateTo: 152.4,
              yearFrom: 18,
              yearTo: 441,
              usAirDate: "2024-06-06",
              finalScriptDate: "2024-03-21"
            }
          ],
          directedEpisodes: [
            {
              uid: "echotang",
              title: "echotang",
              titleGerman: "limasier",
              titleItalian: "tangolim",
              titleJapanese: "tangosie",
              series: { uid: "echotang", title: "alphaalp" },
              season: { uid: "tangoech", title: "deltaech" },
              seasonNumber: 493,
              episodeNumber: 222,
              productionSerialNumber: "bravolim",
              featureLength: true,
              stardateFrom: 709.7,
              stardateTo: 254,
              yearFrom: 664,
              yearTo: 219,
              usAirDate: "2024-05-27",
              finalScriptDate: "2024-02-25"
            }
          ],
          episodes: [
            {
              uid: "limaalph",
              title: "alphabra",
              titleGerman: "tangolim",
              titleItalian: "bravonov",
              titleJapanese: "bravoech",
              series: { uid: "deltadel", title: "deltabra" },
              season: { uid: "bravosie", title: "sierraec" },
              seasonNumber: 99,
              episodeNumber: 83,
              productionSerialNumber: "bravonov",
              featureLength: false,
              stardateFrom: 143.8,
              stardateTo: 698.3,
              yearFrom: 600,
              yearTo: 926,
              usAirDate: "2024-09-03",
              finalScriptDate: "2024-01-22"
            }
          ],
          writtenMovies: [
            {
              uid: "bravodel",
              title: "bravosie",
              mainDirector: { uid: "deltatan", name: "deltasie" },
              titleBulgarian: "limanova",
              titleCatalan: "deltanov",
              titleChineseTraditional: "deltabra",
              titleGerman: "echobrav",
              titleItalian: "tangobra",
              titleJapanese: "novabrav",
              titlePolish: "echoalph",
              titleRussian: "echosier",
              titleSerbian: "limaecho",
              titleSpanish: "novalima",
              stardateFrom: 223,
              stardateTo: 786.8,
              yearFrom: 126,
              yearTo: 936,
              usReleaseDate: "2024-04-26"
            }
          ],
          screenplayAuthoredMovies: [
            {
              uid: "tangotan",
              title: "bravotan",
              mainDirector: { uid: "echosier", name: "tangoalp" },
              titleBulgarian: "alphasie",
              titleCatalan: "bravodel",
              titleChineseTraditional: "limasier",
              titleGerman: "echodelt",
              titleItalian: "novalima",
              titleJapanese: "novadelt",
              titlePolish: "alphanov",
              titleRussian: "echodelt",
              titleSerbian: "deltasie",
              titleSpanish: "sierrasi",
              stardateFrom: 832,
              stardateTo: 873.5,
              yearFrom: 141,
              yearTo: 614,
              usReleaseDate: "2024-07-02"
            }
          ],
          storyAuthoredMovies: [
            {
              uid: "bravotan",
              title: "limadelt",
              mainDirector: { uid: "tangodel", name: "limasier" },
              titleBulgarian: "alphadel",
              titleCatalan: "bravonov",
              titleChineseTraditional: "alphatan",
              titleGerman: "deltaech",
              titleItalian: "deltaalp",
              titleJapanese: "sierrata",
              titlePolish: "novabrav",
              titleRussian: "novanova",
              titleSerbian: "limasier",
              titleSpanish: "alphatan",
              stardateFrom: 836.8,
              stardateTo: 119.5,
              yearFrom: 873,
              yearTo: 134,
              usReleaseDate: "2024-03-01"
            }
          ],
          directedMovies: [
            {
              uid: "deltaalp",
              title: "bravolim",
              mainDirector: { uid: "sierrali", name: "tangotan" },
              titleBulgarian: "echoecho",
              titleCatalan: "echosier",
              titleChineseTraditional: "alphaech",
              titleGerman: "deltaech",
              titleItalian: "deltalim",
              titleJapanese: "deltanov",
              titlePolish: "limasier",
              titleRussian: "alphalim",
              titleSerbian: "tangodel",
              titleSpanish: "sierraec",
              stardateFrom: 324.2,
              stardateTo: 820.8,
              yearFrom: 815,
              yearTo: 4,
              usReleaseDate: "2024-10-25"
            }
          ],
          producedMovies: [
            {
              uid: "bravolim",
              title: "sierrali",
              mainDirector: { uid: "sierrano", name: "bravolim" },
              titleBulgarian: "novasier",
              titleCatalan: "novaalph",
              titleChineseTraditional: "alphadel",
              titleGerman: "sierrata",
              titleItalian: "bravolim",
              titleJapanese: "deltasie",
              titlePolish: "bravobra",
              titleRussian: "alphatan",
              titleSerbian: "sierrabr",
              titleSpanish: "limaecho",
              stardateFrom: 364.6,
              stardateTo: 575.5,
              yearFrom: 272,
              yearTo: 382,
              usReleaseDate: "2024-06-05"
            }
          ],
          movies: [
            {
              uid: "novadelt",
              title: "sierrali",
              mainDirector: { uid: "limadelt", name: "echobrav" },
              titleBulgarian: "sierrali",
              titleCatalan: "bravobra",
              titleChineseTraditional: "deltasie",
              titleGerman: "bravolim",
              titleItalian: "echoalph",
              titleJapanese: "bravotan",
              titlePolish: "alphanov",
              titleRussian: "novalima",
              titleSerbian: "deltanov",
              titleSpanish: "alphabra",
              stardateFrom: 784.1,
              stardateTo: 214.7,
              yearFrom: 7,
              yearTo: 350,
              usReleaseDate: "2024-03-14"
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "tangolim", message: "alphaech" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 606,
          pageSize: 77,
          numberOfElements: 692,
          totalElements: 952,
          totalPages: 537,
          firstPage: true,
          lastPage: true
        },
        sort: { clauses: [{ name: "bravosie", direction: "DESC", clauseOrder: 304 }] },
        staff: [
          {
            uid: "novasier",
            name: "bravoalp",
            birthName: "tangoech",
            gender: "F",
            dateOfBirth: "2024-01-29",
            placeOfBirth: "echoecho",
            dateOfDeath: "2024-11-14",
            placeOfDeath: "novadelt",
            artDepartment: false,
            artDirector: true,
            productionDesigner: false,
            cameraAndElectricalDepartment: false,
            cinematographer: false,
            castingDepartment: true,
            costumeDepartment: false,
            costumeDesigner: false,
            director: true,
            assistantOrSecondUnitDirector: true,
            exhibitAndAttractionStaff: true,
            filmEditor: false,
            linguist: true,
            locationStaff: false,
            makeupStaff: false,
            musicDepartment: false,
            composer: true,
            personalAssistant: false,
            producer: true,
            productionAssociate: true,
            productionStaff: true,
            publicationStaff: false,
            scienceConsultant: true,
            soundDepartment: true,
            specialAndVisualEffectsStaff: false,
            author: true,
            audioAuthor: true,
            calendarArtist: true,
            comicArtist: false,
            comicAuthor: false,
            comicColorArtist: false,
            comicInteriorArtist: false,
            comicInkArtist: true,
            comicPencilArtist: true,
            comicLetterArtist: false,
            comicStripArtist: false,
            gameArtist: false,
            gameAuthor: true,
            novelArtist: false,
            novelAuthor: true,
            referenceArtist: false,
            referenceAuthor: true,
            publicationArtist: false,
            publicationDesigner: true,
            publicationEditor: false,
            publicityArtist: false,
            cbsDigitalStaff: true,
            ilmProductionStaff: false,
            specialFeaturesStaff: false,
            storyEditor: true,
            studioExecutive: true,
            stuntDepartment: false,
            transportationDepartment: true,
            videoGameProductionStaff: true,
            writer: true
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "limaalph", message: "novatang" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 501,
          pageSize: 192,
          numberOfElements: 578,
          totalElements: 949,
          totalPages: 796,
          firstPage: false,
          lastPage: true
        },
        sort: { clauses: [{ name: "deltanov", direction: "ASC", clauseOrder: 71 }] },
        staff: [
          {
            uid: "deltatan",
            name: "echonova",
            birthName: "bravotan",
            gender: "F",
            dateOfBirth: "2024-02-09",
            placeOfBirth: "sierrabr",
            dateOfDeath: "2024-10-22",
            placeOfDeath: "echoecho",
            artDepartment: true,
            artDirector: false,
            productionDesigner: true,
            cameraAndElectricalDepartment: true,
            cinematographer: false,
            castingDepartment: false,
            costumeDepartment: true,
            costumeDesigner: false,
            director: true,
            assistantOrSecondUnitDirector: true,
            exhibitAndAttractionStaff: false,
            filmEditor: false,
            linguist: false,
            locationStaff: true,
            makeupStaff: true,
            musicDepartment: false,
            composer: true,
            personalAssistant: false,
            producer: true,
            productionAssociate: true,
            productionStaff: false,
            publicationStaff: false,
            scienceConsultant: false,
            soundDepartment: true,
            specialAndVisualEffectsStaff: false,
            author: false,
            audioAuthor: false,
            calendarArtist: false,
            comicArtist: true,
            comicAuthor: false,
            comicColorArtist: true,
            comicInteriorArtist: true,
            comicInkArtist: false,
            comicPencilArtist: false,
            comicLetterArtist: false,
            comicStripArtist: true,
            gameArtist: true,
            gameAuthor: false,
            novelArtist: false,
            novelAuthor: true,
            referenceArtist: true,
            referenceAuthor: true,
            publicationArtist: true,
            publicationDesigner: false,
            publicationEditor: false,
            publicityArtist: true,
            cbsDigitalStaff: true,
            ilmProductionStaff: false,
            specialFeaturesStaff: true,
            storyEditor: true,
            studioExecutive: true,
            stuntDepartment: false,
            transportationDepartment: false,
            videoGameProductionStaff: false,
            writer: true
          }
        ]
      }
    }
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
          uid: "limatang",
          name: "tangolim",
          borgTechnology: true,
          borgComponent: false,
          communicationsTechnology: true,
          computerTechnology: true,
          computerProgramming: false,
          subroutine: true,
          database: true,
          energyTechnology: true,
          fictionalTechnology: false,
          holographicTechnology: false,
          identificationTechnology: true,
          lifeSupportTechnology: false,
          sensorTechnology: false,
          shieldTechnology: true,
          tool: false,
          culinaryTool: false,
          engineeringTool: false,
          householdTool: false,
          medicalEquipment: false,
          transporterTechnology: false
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "limatang", message: "tangolim" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 977,
          pageSize: 559,
          numberOfElements: 341,
          totalElements: 365,
          totalPages: 731,
          firstPage: true,
          lastPage: true
        },
        sort: { clauses: [{ name: "tangoalp", direction: "ASC", clauseOrder: 277 }] },
        technology: [
          {
            uid: "sierrabr",
            name: "alphasie",
            borgTechnology: false,
            borgComponent: false,
            communicationsTechnology: true,
            computerTechnology: true,
            computerProgramming: true,
            subroutine: false,
            database: true,
            energyTechnology: false,
            fictionalTechnology: false,
            holographicTechnology: true,
            identificationTechnology: true,
            lifeSupportTechnology: false,
            sensorTechnology: true,
            shieldTechnology: true,
            tool: true,
            culinaryTool: true,
            engineeringTool: false,
            householdTool: false,
            medicalEquipment: true,
            transporterTechnology: false
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "tangolim", message: "deltadel" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 951,
          pageSize: 234,
          numberOfElements: 906,
          totalElements: 51,
          totalPages: 257,
          firstPage: false,
          lastPage: true
        },
        sort: { clauses: [{ name: "limabrav", direction: "ASC", clauseOrder: 735 }] },
        technology: [
          {
            uid: "limabrav",
            name: "bravoalp",
            borgTechnology: true,
            borgComponent: false,
            communicationsTechnology: true,
            computerTechnology: false,
            computerProgramming: true,
            subroutine: false,
            database: true,
            energyTechnology: false,
            fictionalTechnology: false,
            holographicTechnology: false,
            identificationTechnology: false,
            lifeSupportTechnology: false,
            sensorTechnology: false,
            shieldTechnology: true,
            tool: true,
            culinaryTool: false,
            engineeringTool: true,
            householdTool: true,
            medicalEquipment: true,
            transporterTechnology: false
          }
        ]
      }
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
          uid: "echoecho",
          name: "novaecho",
          militaryRank: false,
          fleetRank: true,
          religiousTitle: true,
          position: false,
          mirror: false,
          characters: [
            {
              uid: "alphabra",
              name: "limaalph",
              gender: "F",
              yearOfBirth: 556,
              monthOfBirth: 704,
              dayOfBirth: 755,
              placeOfBirth: "limadelt",
              yearOfDeath: 534,
              monthOfDeath: 363,
              dayOfDeath: 974,
              placeOfDeath: "alphalim",
              height: 13,
              weight: 291,
              deceased: true,
              bloodType: "O_NEGATIVE",
              maritalStatus: "CAPTAINS_WOMAN",
              serialNumber: "echoalph",
              hologramActivationDate: "sierrali",
              hologramStatus: "sierrali",
              hologramDateStatus: "alphaech",
              hologram: true,
              fictionalCharacter: true,
              mirror: false,
              alternateReality: true
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "echoecho", message: "novaecho" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 121,
          pageSize: 939,
          numberOfElements: 756,
          totalElements: 811,
          totalPages: 31,
          firstPage: true,
          lastPage: true
        },
        sort: { clauses: [{ name: "bravolim", direction: "ASC", clauseOrder: 111 }] },
        titles: [
          {
            uid: "limalima",
            name: "alphanov",
            militaryRank: true,
            fleetRank: false,
            religiousTitle: false,
            position: true,
            mirror: true
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "alphatan", message: "sierrasi" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 186,
          pageSize: 612,
          numberOfElements: 864,
          totalElements: 394,
          totalPages: 123,
          firstPage: true,
          lastPage: false
        },
        sort: { clauses: [{ name: "deltanov", direction: "ASC", clauseOrder: 362 }] },
        titles: [
          {
            uid: "novaalph",
            name: "sierrasi",
            militaryRank: false,
            fleetRank: true,
            religiousTitle: true,
            position: true,
            mirror: false
          }
        ]
      }
    }
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
          uid: "limalima",
          name: "tangosie",
          tradingCardSet: {
            uid: "limaalph",
            name: "deltasie",
            releaseYear: 395,
            releaseMonth: 207,
            releaseDay: 245,
            cardsPerPack: 462,
            packsPerBox: 820,
            boxesPerCase: 674,
            productionRun: 914,
            productionRunUnit: "BOX",
            cardWidth: 531.6,
            cardHeight: 777.8
          },
          tradingCardDeck: {
            uid: "novalima",
            name: "deltaalp",
            frequency: "alphaech",
            tradingCardSet: { uid: "tangolim", name: "novaecho" }
          },
          number: "tangonov",
          releaseYear: 34,
          productionRun: 841
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "limalima", message: "tangosie" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 4,
          pageSize: 388,
          numberOfElements: 727,
          totalElements: 972,
          totalPages: 755,
          firstPage: true,
          lastPage: true
        },
        sort: { clauses: [{ name: "deltasie", direction: "ASC", clauseOrder: 36 }] },
        tradingCards: [
          {
            uid: "limatang",
            name: "alphabra",
            number: "sierraec",
            releaseYear: 405,
            productionRun: 348,
            tradingCardSet: { uid: "deltatan", name: "novaalph" },
            tradingCardDeck: { uid: "novabrav", name: "deltasie" }
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "alphaech", message: "novatang" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 965,
          pageSize: 449,
          numberOfElements: 657,
          totalElements: 446,
          totalPages: 140,
          firstPage: false,
          lastPage: false
        },
        sort: { clauses: [{ name: "novaecho", direction: "DESC", clauseOrder: 181 }] },
        tradingCards: [
          {
            uid: "bravolim",
            name: "limabrav",
            number: "bravobra",
            releaseYear: 325,
            productionRun: 954,
            tradingCardSet: { uid: "novanova", name: "bravonov" },
            tradingCardDeck: { uid: "novatang", name: "tangodel" }
          }
        ]
      }
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
          uid: "tangodel",
          name: "deltatan",
          frequency: "bravoalp",
          tradingCardSet: { uid: "alphasie", name: "sierrasi" },
          tradingCards: [
            {
              uid: "bravoalp",
              name: "bravoalp",
              number: "bravoalp",
              releaseYear: 607,
              productionRun: 761,
              tradingCardSet: { uid: "novasier", name: "sierrata" },
              tradingCardDeck: { uid: "limanova", name: "novasier" }
            }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "tangodel", message: "deltatan" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 927,
          pageSize: 728,
          numberOfElements: 924,
          totalElements: 904,
          totalPages: 283,
          firstPage: false,
          lastPage: false
        },
        sort: { clauses: [{ name: "sierrabr", direction: "DESC", clauseOrder: 165 }] },
        tradingCardDecks: [
          {
            uid: "echolima",
            name: "tangosie",
            frequency: "bravotan",
            tradingCardSet: { uid: "echonova", name: "echobrav" }
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "tangonov", message: "tangotan" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 639,
          pageSize: 73,
          numberOfElements: 980,
          totalElements: 91,
          totalPages: 991,
          firstPage: true,
          lastPage: true
        },
        sort: { clauses: [{ name: "novalima", direction: "DESC", clauseOrder: 765 }] },
        tradingCardDecks: [
          {
            uid: "tangobra",
            name: "tangosie",
            frequency: "novaalph",
            tradingCardSet: { uid: "alphasie", name: "alphatan" }
          }
        ]
      }
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
          uid: "sierrali",
          name: "sierrali",
          releaseYear: 904,
          releaseMonth: 6,
          releaseDay: 772,
          cardsPerPack: 369,
          packsPerBox: 820,
          boxesPerCase: 187,
          productionRun: 448,
          productionRunUnit: "BOX",
          cardWidth: 770.9,
          cardHeight: 809.6,
          manufacturers: [
            {
              uid: "sierrade",
              name: "novalima",
              broadcaster: false,
              collectibleCompany: false,
              conglomerate: true,
              digitalVisualEffectsCompany: false,
              distributor: false,
              gameCompany: false,
              filmEquipmentCompany: true,
              makeUpEffectsStudio: true,
              mattePaintingCompany: true,
              modelAndMiniatureEffectsCompany: false,
              postProductionCompany: false,
              productionCompany: false,
              propCompany: true,
              recordLabel: true,
              specialEffectsCompany: false,
              tvAndFilmProductionCompany: false,
              videoGameCompany: true
            }
          ],
          tradingCardDecks: [
            {
              uid: "limadelt",
              name: "alphadel",
              frequency: "echoecho",
              tradingCardSet: { uid: "sierrata", name: "limaalph" }
            }
          ],
          tradingCards: [
            {
              uid: "limadelt",
              name: "limanova",
              number: "sierraal",
              releaseYear: 369,
              productionRun: 600,
              tradingCardSet: { uid: "echobrav", name: "echodelt" },
              tradingCardDeck: { uid: "tangobra", name: "deltabra" }
            }
          ],
          countriesOfOrigin: [
            { uid: "limasier", name: "novadelt", iso31661Alpha2Code: "tangobra" }
          ]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "sierrali", message: "sierrali" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 555,
          pageSize: 974,
          numberOfElements: 800,
          totalElements: 849,
          totalPages: 541,
          firstPage: false,
          lastPage: false
        },
        sort: { clauses: [{ name: "novalima", direction: "DESC", clauseOrder: 971 }] },
        tradingCardSets: [
          {
            uid: "echosier",
            name: "tangosie",
            releaseYear: 239,
            releaseMonth: 47,
            releaseDay: 565,
            cardsPerPack: 49,
            packsPerBox: 448,
            boxesPerCase: 929,
            productionRun: 542,
            productionRunUnit: "SET",
            cardWidth: 188,
            cardHeight: 350
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "limatang", message: "sierrasi" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 421,
          pageSize: 410,
          numberOfElements: 339,
          totalElements: 510,
          totalPages: 68,
          firstPage: true,
          lastPage: true
        },
        sort: { clauses: [{ name: "tangobra", direction: "ASC", clauseOrder: 225 }] },
        tradingCardSets: [
          {
            uid: "deltatan",
            name: "alphalim",
            releaseYear: 344,
            releaseMonth: 674,
            releaseDay: 783,
            cardsPerPack: 24,
            packsPerBox: 578,
            boxesPerCase: 995,
            productionRun: 345,
            productionRunUnit: "BOX",
            cardWidth: 711.8,
            cardHeight: 740.7
          }
        ]
      }
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
          uid: "bravoalp",
          title: "novadelt",
          releaseDate: "2024-10-08",
          stardateFrom: 686.7,
          stardateTo: 460.5,
          yearFrom: 635,
          yearTo: 95,
          systemRequirements: "sierrata",
          publishers: [
            {
              uid: "alphaalp",
              name: "alphatan",
              broadcaster: false,
              collectibleCompany: true,
              conglomerate: true,
              digitalVisualEffectsCompany: false,
              distributor: true,
              gameCompany: false,
              filmEquipmentCompany: false,
              makeUpEffectsStudio: true,
              mattePaintingCompany: false,
              modelAndMiniatureEffectsCompany: false,
              postProductionCompany: false,
              productionCompany: false,
              propCompany: false,
              recordLabel: false,
              specialEffectsCompany: true,
              tvAndFilmProductionCompany: false,
              videoGameCompany: true
            }
          ],
          developers: [
            {
              uid: "tangolim",
              name: "alphabra",
              broadcaster: false,
              collectibleCompany: false,
              conglomerate: false,
              digitalVisualEffectsCompany: false,
              distributor: true,
              gameCompany: false,
              filmEquipmentCompany: false,
              makeUpEffectsStudio: true,
              mattePaintingCompany: true,
              modelAndMiniatureEffectsCompany: true,
              postProductionCompany: false,
              productionCompany: false,
              propCompany: true,
              recordLabel: false,
              specialEffectsCompany: true,
              tvAndFilmProductionCompany: false,
              videoGameCompany: false
            }
          ],
          platforms: [{ uid: "echoecho", name: "alphanov" }],
          genres: [{ uid: "sierrasi", name: "deltabra" }],
          ratings: [{ uid: "alphanov", contentRatingSystem: "HK", rating: "novaecho" }],
          references: [{ uid: "alphaalp", referenceType: "ISBN", referenceNumber: "novaalph" }]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "bravoalp", message: "novadelt" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 652,
          pageSize: 95,
          numberOfElements: 248,
          totalElements: 479,
          totalPages: 678,
          firstPage: true,
          lastPage: true
        },
        sort: { clauses: [{ name: "novanova", direction: "DESC", clauseOrder: 494 }] },
        videoGames: [
          {
            uid: "alphanov",
            title: "alphaalp",
            releaseDate: "2024-03-13",
            stardateFrom: 294.7,
            stardateTo: 839,
            yearFrom: 501,
            yearTo: 903,
            systemRequirements: "echonova"
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "novaalph", message: "bravoech" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 122,
          pageSize: 794,
          numberOfElements: 572,
          totalElements: 809,
          totalPages: 771,
          firstPage: true,
          lastPage: true
        },
        sort: { clauses: [{ name: "novadelt", direction: "ASC", clauseOrder: 951 }] },
        videoGames: [
          {
            uid: "echobrav",
            title: "deltalim",
            releaseDate: "2024-01-26",
            stardateFrom: 798.4,
            stardateTo: 176.7,
            yearFrom: 149,
            yearTo: 799,
            systemRequirements: "bravosie"
          }
        ]
      }
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
          uid: "novasier",
          title: "sierraec",
          series: {
            uid: "bravotan",
            title: "alphaech",
            abbreviation: "tangotan",
            productionStartYear: 190,
            productionEndYear: 403,
            originalRunStartDate: "2024-07-09",
            originalRunEndDate: "2024-01-30",
            seasonsCount: 618,
            episodesCount: 542,
            featureLengthEpisodesCount: 348,
            productionCompany: { uid: "novaecho", name: "sierraec" },
            originalBroadcaster: { uid: "sierrasi", name: "novaecho" }
          },
          season: {
            uid: "sierraec",
            title: "deltatan",
            series: { uid: "limabrav", title: "sierrali" },
            seasonNumber: 471,
            numberOfEpisodes: 306
          },
          format: "BETAMAX",
          numberOfEpisodes: 443,
          numberOfFeatureLengthEpisodes: 379,
          numberOfDataCarriers: 928,
          runTime: 176,
          yearFrom: 86,
          yearTo: 65,
          regionFreeReleaseDate: "2024-01-01",
          region1AReleaseDate: "2024-12-18",
          region1SlimlineReleaseDate: "2024-02-06",
          region2BReleaseDate: "2024-07-27",
          region2SlimlineReleaseDate: "2024-03-29",
          region4AReleaseDate: "2024-09-14",
          region4SlimlineReleaseDate: "2024-03-10",
          amazonDigitalRelease: false,
          dailymotionDigitalRelease: true,
          googlePlayDigitalRelease: false,
          iTunesDigitalRelease: false,
          ultraVioletDigitalRelease: true,
          vimeoDigitalRelease: true,
          vuduDigitalRelease: false,
          xboxSmartGlassDigitalRelease: true,
          youTubeDigitalRelease: false,
          netflixDigitalRelease: false,
          references: [{ uid: "bravobra", referenceType: "ISBN", referenceNumber: "alphasie" }],
          ratings: [{ uid: "tangodel", contentRatingSystem: "MCCYP", rating: "sierrabr" }],
          languages: [{ uid: "limaecho", name: "tangoech", iso6391Code: "alphadel" }],
          languagesSubtitles: [{ uid: "limatang", name: "deltabra", iso6391Code: "deltatan" }],
          languagesDubbed: [{ uid: "sierrasi", name: "alphadel", iso6391Code: "alphaalp" }]
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "novasier", message: "sierraec" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 95,
          pageSize: 464,
          numberOfElements: 691,
          totalElements: 638,
          totalPages: 250,
          firstPage: true,
          lastPage: true
        },
        sort: { clauses: [{ name: "deltatan", direction: "DESC", clauseOrder: 258 }] },
        videoReleases: [
          {
            uid: "deltadel",
            title: "alphaech",
            series: { uid: "tangosie", title: "sierraec" },
            season: { uid: "novanova", title: "tangobra" },
            format: "LD",
            numberOfEpisodes: 602,
            numberOfFeatureLengthEpisodes: 12,
            numberOfDataCarriers: 425,
            runTime: 466,
            yearFrom: 32,
            yearTo: 189,
            regionFreeReleaseDate: "2024-07-11",
            region1AReleaseDate: "2024-01-24",
            region1SlimlineReleaseDate: "2024-04-24",
            region2BReleaseDate: "2024-04-21",
            region2SlimlineReleaseDate: "2024-02-26",
            region4AReleaseDate: "2024-05-02",
            region4SlimlineReleaseDate: "2024-01-10",
            amazonDigitalRelease: true,
            dailymotionDigitalRelease: true,
            googlePlayDigitalRelease: true,
            iTunesDigitalRelease: false,
            ultraVioletDigitalRelease: true,
            vimeoDigitalRelease: true,
            vuduDigitalRelease: true,
            xboxSmartGlassDigitalRelease: false,
            youTubeDigitalRelease: true,
            netflixDigitalRelease: false
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "alphaech", message: "novanova" }
    }
  ]
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
      example: {
        page: {
          pageNumber: 295,
          pageSize: 787,
          numberOfElements: 825,
          totalElements: 227,
          totalPages: 427,
          firstPage: false,
          lastPage: true
        },
        sort: { clauses: [{ name: "novasier", direction: "ASC", clauseOrder: 535 }] },
        videoReleases: [
          {
            uid: "bravolim",
            title: "novaecho",
            series: { uid: "sierrata", title: "limasier" },
            season: { uid: "tangonov", title: "echolima" },
            format: "DIGITAL_FORMAT",
            numberOfEpisodes: 190,
            numberOfFeatureLengthEpisodes: 552,
            numberOfDataCarriers: 141,
            runTime: 795,
            yearFrom: 452,
            yearTo: 215,
            regionFreeReleaseDate: "2024-07-02",
            region1AReleaseDate: "2024-03-09",
            region1SlimlineReleaseDate: "2024-01-12",
            region2BReleaseDate: "2024-07-16",
            region2SlimlineReleaseDate: "2024-12-21",
            region4AReleaseDate: "2024-06-23",
            region4SlimlineReleaseDate: "2024-10-10",
            amazonDigitalRelease: true,
            dailymotionDigitalRelease: true,
            googlePlayDigitalRelease: false,
            iTunesDigitalRelease: true,
            ultraVioletDigitalRelease: false,
            vimeoDigitalRelease: true,
            vuduDigitalRelease: true,
            xboxSmartGlassDigitalRelease: true,
            youTubeDigitalRelease: true,
            netflixDigitalRelease: true
          }
        ]
      }
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
          uid: "limalima",
          name: "tangoalp",
          handHeldWeapon: true,
          laserTechnology: false,
          plasmaTechnology: false,
          photonicTechnology: false,
          phaserTechnology: true,
          mirror: true,
          alternateReality: false
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "limalima", message: "tangoalp" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 506,
          pageSize: 860,
          numberOfElements: 669,
          totalElements: 198,
          totalPages: 47,
          firstPage: false,
          lastPage: false
        },
        sort: { clauses: [{ name: "bravoech", direction: "ASC", clauseOrder: 984 }] },
        weapons: [
          {
            uid: "bravoalp",
            name: "deltasie",
            handHeldWeapon: true,
            laserTechnology: true,
            plasmaTechnology: true,
            photonicTechnology: true,
            phaserTechnology: false,
            mirror: true,
            alternateReality: false
          }
        ]
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "default",
      contentType: "application/json",
      example: { code: "limasier", message: "novabrav" }
    }
  ]
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
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        page: {
          pageNumber: 654,
          pageSize: 905,
          numberOfElements: 474,
          totalElements: 277,
          totalPages: 286,
          firstPage: false,
          lastPage: false
        },
        sort: { clauses: [{ name: "tangosie", direction: "ASC", clauseOrder: 779 }] },
        weapons: [
          {
            uid: "novalima",
            name: "tangobra",
            handHeldWeapon: true,
            laserTechnology: true,
            plasmaTechnology: true,
            photonicTechnology: false,
            phaserTechnology: true,
            mirror: true,
            alternateReality: false
          }
        ]
      }
    }
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
