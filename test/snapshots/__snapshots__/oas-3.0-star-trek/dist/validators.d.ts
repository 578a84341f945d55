import type * as T from './types.js';
import {
  below,
  checkValue,
  depthExceeded,
  fixedIssue,
  full,
  isBinaryBody as acceptsBinaryBody,
  isBlob as acceptsBlob,
  issueLimit,
  MAX_DEPTH,
  report,
  reportFixed,
  ROOT,
  jsonSchemaDocument,
  standardSchema,
  type JsonSchemaValue,
  type StandardValidator,
  type IssuePath,
  type ValidationIssue,
  type ValidateOptions,
  type ValidationResult,
} from './runtime/validation.js';
import {
  codePointLength,
  duplicateItems,
  isDecimalMultiple,
  jsonEqual,
  jsonIncludes,
} from './runtime/validation-json.js';
import * as formats from './runtime/validation-formats.js';
export {
  ValidationError,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from './runtime/validation.js';

/**
 * Checks a value against `AnimalBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAnimalBase(value: unknown, options?: ValidateOptions): ValidationResult<T.AnimalBase>;

/**
 * True when a value matches `AnimalBase`.
 */
export declare function isAnimalBase(value: unknown): value is T.AnimalBase;

/**
 * Checks a value against `AnimalBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAnimalBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.AnimalBaseResponse>;

/**
 * True when a value matches `AnimalBaseResponse`.
 */
export declare function isAnimalBaseResponse(value: unknown): value is T.AnimalBaseResponse;

/**
 * Checks a value against `AnimalFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAnimalFull(value: unknown, options?: ValidateOptions): ValidationResult<T.AnimalFull>;

/**
 * True when a value matches `AnimalFull`.
 */
export declare function isAnimalFull(value: unknown): value is T.AnimalFull;

/**
 * Checks a value against `AnimalFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAnimalFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.AnimalFullResponse>;

/**
 * True when a value matches `AnimalFullResponse`.
 */
export declare function isAnimalFullResponse(value: unknown): value is T.AnimalFullResponse;

/**
 * Checks a value against `AnimalHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAnimalHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.AnimalHeader>;

/**
 * True when a value matches `AnimalHeader`.
 */
export declare function isAnimalHeader(value: unknown): value is T.AnimalHeader;

/**
 * Checks a value against `AstronomicalObjectBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAstronomicalObjectBase(value: unknown, options?: ValidateOptions): ValidationResult<T.AstronomicalObjectBase>;

/**
 * True when a value matches `AstronomicalObjectBase`.
 */
export declare function isAstronomicalObjectBase(value: unknown): value is T.AstronomicalObjectBase;

/**
 * Checks a value against `AstronomicalObjectBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAstronomicalObjectBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.AstronomicalObjectBaseResponse>;

/**
 * True when a value matches `AstronomicalObjectBaseResponse`.
 */
export declare function isAstronomicalObjectBaseResponse(value: unknown): value is T.AstronomicalObjectBaseResponse;

/**
 * Checks a value against `AstronomicalObjectFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAstronomicalObjectFull(value: unknown, options?: ValidateOptions): ValidationResult<T.AstronomicalObjectFull>;

/**
 * True when a value matches `AstronomicalObjectFull`.
 */
export declare function isAstronomicalObjectFull(value: unknown): value is T.AstronomicalObjectFull;

/**
 * Checks a value against `AstronomicalObjectFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAstronomicalObjectFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.AstronomicalObjectFullResponse>;

/**
 * True when a value matches `AstronomicalObjectFullResponse`.
 */
export declare function isAstronomicalObjectFullResponse(value: unknown): value is T.AstronomicalObjectFullResponse;

/**
 * Checks a value against `AstronomicalObjectHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAstronomicalObjectHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.AstronomicalObjectHeader>;

/**
 * True when a value matches `AstronomicalObjectHeader`.
 */
export declare function isAstronomicalObjectHeader(value: unknown): value is T.AstronomicalObjectHeader;

/**
 * Checks a value against `AstronomicalObjectType`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAstronomicalObjectType(value: unknown, options?: ValidateOptions): ValidationResult<T.AstronomicalObjectType>;

/**
 * True when a value matches `AstronomicalObjectType`.
 */
export declare function isAstronomicalObjectType(value: unknown): value is T.AstronomicalObjectType;

/**
 * Checks a value against `BloodType`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBloodType(value: unknown, options?: ValidateOptions): ValidationResult<T.BloodType>;

/**
 * True when a value matches `BloodType`.
 */
export declare function isBloodType(value: unknown): value is T.BloodType;

/**
 * Checks a value against `BookBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBookBase(value: unknown, options?: ValidateOptions): ValidationResult<T.BookBase>;

/**
 * True when a value matches `BookBase`.
 */
export declare function isBookBase(value: unknown): value is T.BookBase;

/**
 * Checks a value against `BookBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBookBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.BookBaseResponse>;

/**
 * True when a value matches `BookBaseResponse`.
 */
export declare function isBookBaseResponse(value: unknown): value is T.BookBaseResponse;

/**
 * Checks a value against `BookCollectionBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBookCollectionBase(value: unknown, options?: ValidateOptions): ValidationResult<T.BookCollectionBase>;

/**
 * True when a value matches `BookCollectionBase`.
 */
export declare function isBookCollectionBase(value: unknown): value is T.BookCollectionBase;

/**
 * Checks a value against `BookCollectionBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBookCollectionBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.BookCollectionBaseResponse>;

/**
 * True when a value matches `BookCollectionBaseResponse`.
 */
export declare function isBookCollectionBaseResponse(value: unknown): value is T.BookCollectionBaseResponse;

/**
 * Checks a value against `BookCollectionFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBookCollectionFull(value: unknown, options?: ValidateOptions): ValidationResult<T.BookCollectionFull>;

/**
 * True when a value matches `BookCollectionFull`.
 */
export declare function isBookCollectionFull(value: unknown): value is T.BookCollectionFull;

/**
 * Checks a value against `BookCollectionFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBookCollectionFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.BookCollectionFullResponse>;

/**
 * True when a value matches `BookCollectionFullResponse`.
 */
export declare function isBookCollectionFullResponse(value: unknown): value is T.BookCollectionFullResponse;

/**
 * Checks a value against `BookCollectionHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBookCollectionHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.BookCollectionHeader>;

/**
 * True when a value matches `BookCollectionHeader`.
 */
export declare function isBookCollectionHeader(value: unknown): value is T.BookCollectionHeader;

/**
 * Checks a value against `BookFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBookFull(value: unknown, options?: ValidateOptions): ValidationResult<T.BookFull>;

/**
 * True when a value matches `BookFull`.
 */
export declare function isBookFull(value: unknown): value is T.BookFull;

/**
 * Checks a value against `BookFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBookFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.BookFullResponse>;

/**
 * True when a value matches `BookFullResponse`.
 */
export declare function isBookFullResponse(value: unknown): value is T.BookFullResponse;

/**
 * Checks a value against `BookHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBookHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.BookHeader>;

/**
 * True when a value matches `BookHeader`.
 */
export declare function isBookHeader(value: unknown): value is T.BookHeader;

/**
 * Checks a value against `BookSeriesBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBookSeriesBase(value: unknown, options?: ValidateOptions): ValidationResult<T.BookSeriesBase>;

/**
 * True when a value matches `BookSeriesBase`.
 */
export declare function isBookSeriesBase(value: unknown): value is T.BookSeriesBase;

/**
 * Checks a value against `BookSeriesBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBookSeriesBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.BookSeriesBaseResponse>;

/**
 * True when a value matches `BookSeriesBaseResponse`.
 */
export declare function isBookSeriesBaseResponse(value: unknown): value is T.BookSeriesBaseResponse;

/**
 * Checks a value against `BookSeriesFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBookSeriesFull(value: unknown, options?: ValidateOptions): ValidationResult<T.BookSeriesFull>;

/**
 * True when a value matches `BookSeriesFull`.
 */
export declare function isBookSeriesFull(value: unknown): value is T.BookSeriesFull;

/**
 * Checks a value against `BookSeriesFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBookSeriesFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.BookSeriesFullResponse>;

/**
 * True when a value matches `BookSeriesFullResponse`.
 */
export declare function isBookSeriesFullResponse(value: unknown): value is T.BookSeriesFullResponse;

/**
 * Checks a value against `BookSeriesHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBookSeriesHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.BookSeriesHeader>;

/**
 * True when a value matches `BookSeriesHeader`.
 */
export declare function isBookSeriesHeader(value: unknown): value is T.BookSeriesHeader;

/**
 * Checks a value against `CharacterBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCharacterBase(value: unknown, options?: ValidateOptions): ValidationResult<T.CharacterBase>;

/**
 * True when a value matches `CharacterBase`.
 */
export declare function isCharacterBase(value: unknown): value is T.CharacterBase;

/**
 * Checks a value against `CharacterBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCharacterBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CharacterBaseResponse>;

/**
 * True when a value matches `CharacterBaseResponse`.
 */
export declare function isCharacterBaseResponse(value: unknown): value is T.CharacterBaseResponse;

/**
 * Checks a value against `CharacterFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCharacterFull(value: unknown, options?: ValidateOptions): ValidationResult<T.CharacterFull>;

/**
 * True when a value matches `CharacterFull`.
 */
export declare function isCharacterFull(value: unknown): value is T.CharacterFull;

/**
 * Checks a value against `CharacterFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCharacterFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CharacterFullResponse>;

/**
 * True when a value matches `CharacterFullResponse`.
 */
export declare function isCharacterFullResponse(value: unknown): value is T.CharacterFullResponse;

/**
 * Checks a value against `CharacterHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCharacterHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.CharacterHeader>;

/**
 * True when a value matches `CharacterHeader`.
 */
export declare function isCharacterHeader(value: unknown): value is T.CharacterHeader;

/**
 * Checks a value against `CharacterRelation`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCharacterRelation(value: unknown, options?: ValidateOptions): ValidationResult<T.CharacterRelation>;

/**
 * True when a value matches `CharacterRelation`.
 */
export declare function isCharacterRelation(value: unknown): value is T.CharacterRelation;

/**
 * Checks a value against `CharacterSpecies`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCharacterSpecies(value: unknown, options?: ValidateOptions): ValidationResult<T.CharacterSpecies>;

/**
 * True when a value matches `CharacterSpecies`.
 */
export declare function isCharacterSpecies(value: unknown): value is T.CharacterSpecies;

/**
 * Checks a value against `ComicCollectionBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateComicCollectionBase(value: unknown, options?: ValidateOptions): ValidationResult<T.ComicCollectionBase>;

/**
 * True when a value matches `ComicCollectionBase`.
 */
export declare function isComicCollectionBase(value: unknown): value is T.ComicCollectionBase;

/**
 * Checks a value against `ComicCollectionBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateComicCollectionBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ComicCollectionBaseResponse>;

/**
 * True when a value matches `ComicCollectionBaseResponse`.
 */
export declare function isComicCollectionBaseResponse(value: unknown): value is T.ComicCollectionBaseResponse;

/**
 * Checks a value against `ComicCollectionFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateComicCollectionFull(value: unknown, options?: ValidateOptions): ValidationResult<T.ComicCollectionFull>;

/**
 * True when a value matches `ComicCollectionFull`.
 */
export declare function isComicCollectionFull(value: unknown): value is T.ComicCollectionFull;

/**
 * Checks a value against `ComicCollectionFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateComicCollectionFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ComicCollectionFullResponse>;

/**
 * True when a value matches `ComicCollectionFullResponse`.
 */
export declare function isComicCollectionFullResponse(value: unknown): value is T.ComicCollectionFullResponse;

/**
 * Checks a value against `ComicCollectionHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateComicCollectionHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.ComicCollectionHeader>;

/**
 * True when a value matches `ComicCollectionHeader`.
 */
export declare function isComicCollectionHeader(value: unknown): value is T.ComicCollectionHeader;

/**
 * Checks a value against `ComicSeriesBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateComicSeriesBase(value: unknown, options?: ValidateOptions): ValidationResult<T.ComicSeriesBase>;

/**
 * True when a value matches `ComicSeriesBase`.
 */
export declare function isComicSeriesBase(value: unknown): value is T.ComicSeriesBase;

/**
 * Checks a value against `ComicSeriesBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateComicSeriesBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ComicSeriesBaseResponse>;

/**
 * True when a value matches `ComicSeriesBaseResponse`.
 */
export declare function isComicSeriesBaseResponse(value: unknown): value is T.ComicSeriesBaseResponse;

/**
 * Checks a value against `ComicSeriesFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateComicSeriesFull(value: unknown, options?: ValidateOptions): ValidationResult<T.ComicSeriesFull>;

/**
 * True when a value matches `ComicSeriesFull`.
 */
export declare function isComicSeriesFull(value: unknown): value is T.ComicSeriesFull;

/**
 * Checks a value against `ComicSeriesFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateComicSeriesFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ComicSeriesFullResponse>;

/**
 * True when a value matches `ComicSeriesFullResponse`.
 */
export declare function isComicSeriesFullResponse(value: unknown): value is T.ComicSeriesFullResponse;

/**
 * Checks a value against `ComicSeriesHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateComicSeriesHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.ComicSeriesHeader>;

/**
 * True when a value matches `ComicSeriesHeader`.
 */
export declare function isComicSeriesHeader(value: unknown): value is T.ComicSeriesHeader;

/**
 * Checks a value against `ComicStripBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateComicStripBase(value: unknown, options?: ValidateOptions): ValidationResult<T.ComicStripBase>;

/**
 * True when a value matches `ComicStripBase`.
 */
export declare function isComicStripBase(value: unknown): value is T.ComicStripBase;

/**
 * Checks a value against `ComicStripBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateComicStripBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ComicStripBaseResponse>;

/**
 * True when a value matches `ComicStripBaseResponse`.
 */
export declare function isComicStripBaseResponse(value: unknown): value is T.ComicStripBaseResponse;

/**
 * Checks a value against `ComicStripFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateComicStripFull(value: unknown, options?: ValidateOptions): ValidationResult<T.ComicStripFull>;

/**
 * True when a value matches `ComicStripFull`.
 */
export declare function isComicStripFull(value: unknown): value is T.ComicStripFull;

/**
 * Checks a value against `ComicStripFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateComicStripFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ComicStripFullResponse>;

/**
 * True when a value matches `ComicStripFullResponse`.
 */
export declare function isComicStripFullResponse(value: unknown): value is T.ComicStripFullResponse;

/**
 * Checks a value against `ComicStripHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateComicStripHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.ComicStripHeader>;

/**
 * True when a value matches `ComicStripHeader`.
 */
export declare function isComicStripHeader(value: unknown): value is T.ComicStripHeader;

/**
 * Checks a value against `ComicsBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateComicsBase(value: unknown, options?: ValidateOptions): ValidationResult<T.ComicsBase>;

/**
 * True when a value matches `ComicsBase`.
 */
export declare function isComicsBase(value: unknown): value is T.ComicsBase;

/**
 * Checks a value against `ComicsBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateComicsBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ComicsBaseResponse>;

/**
 * True when a value matches `ComicsBaseResponse`.
 */
export declare function isComicsBaseResponse(value: unknown): value is T.ComicsBaseResponse;

/**
 * Checks a value against `ComicsFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateComicsFull(value: unknown, options?: ValidateOptions): ValidationResult<T.ComicsFull>;

/**
 * True when a value matches `ComicsFull`.
 */
export declare function isComicsFull(value: unknown): value is T.ComicsFull;

/**
 * Checks a value against `ComicsFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateComicsFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ComicsFullResponse>;

/**
 * True when a value matches `ComicsFullResponse`.
 */
export declare function isComicsFullResponse(value: unknown): value is T.ComicsFullResponse;

/**
 * Checks a value against `ComicsHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateComicsHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.ComicsHeader>;

/**
 * True when a value matches `ComicsHeader`.
 */
export declare function isComicsHeader(value: unknown): value is T.ComicsHeader;

/**
 * Checks a value against `CompanyBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCompanyBase(value: unknown, options?: ValidateOptions): ValidationResult<T.CompanyBase>;

/**
 * True when a value matches `CompanyBase`.
 */
export declare function isCompanyBase(value: unknown): value is T.CompanyBase;

/**
 * Checks a value against `CompanyBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCompanyBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CompanyBaseResponse>;

/**
 * True when a value matches `CompanyBaseResponse`.
 */
export declare function isCompanyBaseResponse(value: unknown): value is T.CompanyBaseResponse;

/**
 * Checks a value against `CompanyFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCompanyFull(value: unknown, options?: ValidateOptions): ValidationResult<T.CompanyFull>;

/**
 * True when a value matches `CompanyFull`.
 */
export declare function isCompanyFull(value: unknown): value is T.CompanyFull;

/**
 * Checks a value against `CompanyFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCompanyFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CompanyFullResponse>;

/**
 * True when a value matches `CompanyFullResponse`.
 */
export declare function isCompanyFullResponse(value: unknown): value is T.CompanyFullResponse;

/**
 * Checks a value against `CompanyHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCompanyHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.CompanyHeader>;

/**
 * True when a value matches `CompanyHeader`.
 */
export declare function isCompanyHeader(value: unknown): value is T.CompanyHeader;

/**
 * Checks a value against `ConflictBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateConflictBase(value: unknown, options?: ValidateOptions): ValidationResult<T.ConflictBase>;

/**
 * True when a value matches `ConflictBase`.
 */
export declare function isConflictBase(value: unknown): value is T.ConflictBase;

/**
 * Checks a value against `ConflictBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateConflictBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ConflictBaseResponse>;

/**
 * True when a value matches `ConflictBaseResponse`.
 */
export declare function isConflictBaseResponse(value: unknown): value is T.ConflictBaseResponse;

/**
 * Checks a value against `ConflictFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateConflictFull(value: unknown, options?: ValidateOptions): ValidationResult<T.ConflictFull>;

/**
 * True when a value matches `ConflictFull`.
 */
export declare function isConflictFull(value: unknown): value is T.ConflictFull;

/**
 * Checks a value against `ConflictFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateConflictFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ConflictFullResponse>;

/**
 * True when a value matches `ConflictFullResponse`.
 */
export declare function isConflictFullResponse(value: unknown): value is T.ConflictFullResponse;

/**
 * Checks a value against `ConflictHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateConflictHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.ConflictHeader>;

/**
 * True when a value matches `ConflictHeader`.
 */
export declare function isConflictHeader(value: unknown): value is T.ConflictHeader;

/**
 * Checks a value against `ContentLanguage`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateContentLanguage(value: unknown, options?: ValidateOptions): ValidationResult<T.ContentLanguage>;

/**
 * True when a value matches `ContentLanguage`.
 */
export declare function isContentLanguage(value: unknown): value is T.ContentLanguage;

/**
 * Checks a value against `ContentRating`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateContentRating(value: unknown, options?: ValidateOptions): ValidationResult<T.ContentRating>;

/**
 * True when a value matches `ContentRating`.
 */
export declare function isContentRating(value: unknown): value is T.ContentRating;

/**
 * Checks a value against `ContentRatingSystem`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateContentRatingSystem(value: unknown, options?: ValidateOptions): ValidationResult<T.ContentRatingSystem>;

/**
 * True when a value matches `ContentRatingSystem`.
 */
export declare function isContentRatingSystem(value: unknown): value is T.ContentRatingSystem;

/**
 * Checks a value against `Country`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCountry(value: unknown, options?: ValidateOptions): ValidationResult<T.Country>;

/**
 * True when a value matches `Country`.
 */
export declare function isCountry(value: unknown): value is T.Country;

/**
 * Checks a value against `ElementBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateElementBase(value: unknown, options?: ValidateOptions): ValidationResult<T.ElementBase>;

/**
 * True when a value matches `ElementBase`.
 */
export declare function isElementBase(value: unknown): value is T.ElementBase;

/**
 * Checks a value against `ElementBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateElementBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ElementBaseResponse>;

/**
 * True when a value matches `ElementBaseResponse`.
 */
export declare function isElementBaseResponse(value: unknown): value is T.ElementBaseResponse;

/**
 * Checks a value against `ElementFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateElementFull(value: unknown, options?: ValidateOptions): ValidationResult<T.ElementFull>;

/**
 * True when a value matches `ElementFull`.
 */
export declare function isElementFull(value: unknown): value is T.ElementFull;

/**
 * Checks a value against `ElementFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateElementFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ElementFullResponse>;

/**
 * True when a value matches `ElementFullResponse`.
 */
export declare function isElementFullResponse(value: unknown): value is T.ElementFullResponse;

/**
 * Checks a value against `ElementHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateElementHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.ElementHeader>;

/**
 * True when a value matches `ElementHeader`.
 */
export declare function isElementHeader(value: unknown): value is T.ElementHeader;

/**
 * Checks a value against `EpisodeBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateEpisodeBase(value: unknown, options?: ValidateOptions): ValidationResult<T.EpisodeBase>;

/**
 * True when a value matches `EpisodeBase`.
 */
export declare function isEpisodeBase(value: unknown): value is T.EpisodeBase;

/**
 * Checks a value against `EpisodeBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateEpisodeBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.EpisodeBaseResponse>;

/**
 * True when a value matches `EpisodeBaseResponse`.
 */
export declare function isEpisodeBaseResponse(value: unknown): value is T.EpisodeBaseResponse;

/**
 * Checks a value against `EpisodeFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateEpisodeFull(value: unknown, options?: ValidateOptions): ValidationResult<T.EpisodeFull>;

/**
 * True when a value matches `EpisodeFull`.
 */
export declare function isEpisodeFull(value: unknown): value is T.EpisodeFull;

/**
 * Checks a value against `EpisodeFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateEpisodeFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.EpisodeFullResponse>;

/**
 * True when a value matches `EpisodeFullResponse`.
 */
export declare function isEpisodeFullResponse(value: unknown): value is T.EpisodeFullResponse;

/**
 * Checks a value against `EpisodeHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateEpisodeHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.EpisodeHeader>;

/**
 * True when a value matches `EpisodeHeader`.
 */
export declare function isEpisodeHeader(value: unknown): value is T.EpisodeHeader;

/**
 * Checks a value against `Error`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateError(value: unknown, options?: ValidateOptions): ValidationResult<T.Error>;

/**
 * True when a value matches `Error`.
 */
export declare function isError(value: unknown): value is T.Error;

/**
 * Checks a value against `FoodBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFoodBase(value: unknown, options?: ValidateOptions): ValidationResult<T.FoodBase>;

/**
 * True when a value matches `FoodBase`.
 */
export declare function isFoodBase(value: unknown): value is T.FoodBase;

/**
 * Checks a value against `FoodBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFoodBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.FoodBaseResponse>;

/**
 * True when a value matches `FoodBaseResponse`.
 */
export declare function isFoodBaseResponse(value: unknown): value is T.FoodBaseResponse;

/**
 * Checks a value against `FoodFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFoodFull(value: unknown, options?: ValidateOptions): ValidationResult<T.FoodFull>;

/**
 * True when a value matches `FoodFull`.
 */
export declare function isFoodFull(value: unknown): value is T.FoodFull;

/**
 * Checks a value against `FoodFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFoodFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.FoodFullResponse>;

/**
 * True when a value matches `FoodFullResponse`.
 */
export declare function isFoodFullResponse(value: unknown): value is T.FoodFullResponse;

/**
 * Checks a value against `FoodHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateFoodHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.FoodHeader>;

/**
 * True when a value matches `FoodHeader`.
 */
export declare function isFoodHeader(value: unknown): value is T.FoodHeader;

/**
 * Checks a value against `Gender`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGender(value: unknown, options?: ValidateOptions): ValidationResult<T.Gender>;

/**
 * True when a value matches `Gender`.
 */
export declare function isGender(value: unknown): value is T.Gender;

/**
 * Checks a value against `Genre`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGenre(value: unknown, options?: ValidateOptions): ValidationResult<T.Genre>;

/**
 * True when a value matches `Genre`.
 */
export declare function isGenre(value: unknown): value is T.Genre;

/**
 * Checks a value against `LiteratureBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateLiteratureBase(value: unknown, options?: ValidateOptions): ValidationResult<T.LiteratureBase>;

/**
 * True when a value matches `LiteratureBase`.
 */
export declare function isLiteratureBase(value: unknown): value is T.LiteratureBase;

/**
 * Checks a value against `LiteratureBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateLiteratureBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.LiteratureBaseResponse>;

/**
 * True when a value matches `LiteratureBaseResponse`.
 */
export declare function isLiteratureBaseResponse(value: unknown): value is T.LiteratureBaseResponse;

/**
 * Checks a value against `LiteratureFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateLiteratureFull(value: unknown, options?: ValidateOptions): ValidationResult<T.LiteratureFull>;

/**
 * True when a value matches `LiteratureFull`.
 */
export declare function isLiteratureFull(value: unknown): value is T.LiteratureFull;

/**
 * Checks a value against `LiteratureFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateLiteratureFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.LiteratureFullResponse>;

/**
 * True when a value matches `LiteratureFullResponse`.
 */
export declare function isLiteratureFullResponse(value: unknown): value is T.LiteratureFullResponse;

/**
 * Checks a value against `LiteratureHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateLiteratureHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.LiteratureHeader>;

/**
 * True when a value matches `LiteratureHeader`.
 */
export declare function isLiteratureHeader(value: unknown): value is T.LiteratureHeader;

/**
 * Checks a value against `LocationBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateLocationBase(value: unknown, options?: ValidateOptions): ValidationResult<T.LocationBase>;

/**
 * True when a value matches `LocationBase`.
 */
export declare function isLocationBase(value: unknown): value is T.LocationBase;

/**
 * Checks a value against `LocationBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateLocationBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.LocationBaseResponse>;

/**
 * True when a value matches `LocationBaseResponse`.
 */
export declare function isLocationBaseResponse(value: unknown): value is T.LocationBaseResponse;

/**
 * Checks a value against `LocationFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateLocationFull(value: unknown, options?: ValidateOptions): ValidationResult<T.LocationFull>;

/**
 * True when a value matches `LocationFull`.
 */
export declare function isLocationFull(value: unknown): value is T.LocationFull;

/**
 * Checks a value against `LocationFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateLocationFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.LocationFullResponse>;

/**
 * True when a value matches `LocationFullResponse`.
 */
export declare function isLocationFullResponse(value: unknown): value is T.LocationFullResponse;

/**
 * Checks a value against `LocationHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateLocationHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.LocationHeader>;

/**
 * True when a value matches `LocationHeader`.
 */
export declare function isLocationHeader(value: unknown): value is T.LocationHeader;

/**
 * Checks a value against `MagazineBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMagazineBase(value: unknown, options?: ValidateOptions): ValidationResult<T.MagazineBase>;

/**
 * True when a value matches `MagazineBase`.
 */
export declare function isMagazineBase(value: unknown): value is T.MagazineBase;

/**
 * Checks a value against `MagazineBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMagazineBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.MagazineBaseResponse>;

/**
 * True when a value matches `MagazineBaseResponse`.
 */
export declare function isMagazineBaseResponse(value: unknown): value is T.MagazineBaseResponse;

/**
 * Checks a value against `MagazineFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMagazineFull(value: unknown, options?: ValidateOptions): ValidationResult<T.MagazineFull>;

/**
 * True when a value matches `MagazineFull`.
 */
export declare function isMagazineFull(value: unknown): value is T.MagazineFull;

/**
 * Checks a value against `MagazineFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMagazineFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.MagazineFullResponse>;

/**
 * True when a value matches `MagazineFullResponse`.
 */
export declare function isMagazineFullResponse(value: unknown): value is T.MagazineFullResponse;

/**
 * Checks a value against `MagazineHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMagazineHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.MagazineHeader>;

/**
 * True when a value matches `MagazineHeader`.
 */
export declare function isMagazineHeader(value: unknown): value is T.MagazineHeader;

/**
 * Checks a value against `MagazineSeriesBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMagazineSeriesBase(value: unknown, options?: ValidateOptions): ValidationResult<T.MagazineSeriesBase>;

/**
 * True when a value matches `MagazineSeriesBase`.
 */
export declare function isMagazineSeriesBase(value: unknown): value is T.MagazineSeriesBase;

/**
 * Checks a value against `MagazineSeriesBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMagazineSeriesBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.MagazineSeriesBaseResponse>;

/**
 * True when a value matches `MagazineSeriesBaseResponse`.
 */
export declare function isMagazineSeriesBaseResponse(value: unknown): value is T.MagazineSeriesBaseResponse;

/**
 * Checks a value against `MagazineSeriesFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMagazineSeriesFull(value: unknown, options?: ValidateOptions): ValidationResult<T.MagazineSeriesFull>;

/**
 * True when a value matches `MagazineSeriesFull`.
 */
export declare function isMagazineSeriesFull(value: unknown): value is T.MagazineSeriesFull;

/**
 * Checks a value against `MagazineSeriesFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMagazineSeriesFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.MagazineSeriesFullResponse>;

/**
 * True when a value matches `MagazineSeriesFullResponse`.
 */
export declare function isMagazineSeriesFullResponse(value: unknown): value is T.MagazineSeriesFullResponse;

/**
 * Checks a value against `MagazineSeriesHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMagazineSeriesHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.MagazineSeriesHeader>;

/**
 * True when a value matches `MagazineSeriesHeader`.
 */
export declare function isMagazineSeriesHeader(value: unknown): value is T.MagazineSeriesHeader;

/**
 * Checks a value against `MaritalStatus`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMaritalStatus(value: unknown, options?: ValidateOptions): ValidationResult<T.MaritalStatus>;

/**
 * True when a value matches `MaritalStatus`.
 */
export declare function isMaritalStatus(value: unknown): value is T.MaritalStatus;

/**
 * Checks a value against `MaterialBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMaterialBase(value: unknown, options?: ValidateOptions): ValidationResult<T.MaterialBase>;

/**
 * True when a value matches `MaterialBase`.
 */
export declare function isMaterialBase(value: unknown): value is T.MaterialBase;

/**
 * Checks a value against `MaterialBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMaterialBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.MaterialBaseResponse>;

/**
 * True when a value matches `MaterialBaseResponse`.
 */
export declare function isMaterialBaseResponse(value: unknown): value is T.MaterialBaseResponse;

/**
 * Checks a value against `MaterialFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMaterialFull(value: unknown, options?: ValidateOptions): ValidationResult<T.MaterialFull>;

/**
 * True when a value matches `MaterialFull`.
 */
export declare function isMaterialFull(value: unknown): value is T.MaterialFull;

/**
 * Checks a value against `MaterialFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMaterialFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.MaterialFullResponse>;

/**
 * True when a value matches `MaterialFullResponse`.
 */
export declare function isMaterialFullResponse(value: unknown): value is T.MaterialFullResponse;

/**
 * Checks a value against `MaterialHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMaterialHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.MaterialHeader>;

/**
 * True when a value matches `MaterialHeader`.
 */
export declare function isMaterialHeader(value: unknown): value is T.MaterialHeader;

/**
 * Checks a value against `MedicalConditionBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMedicalConditionBase(value: unknown, options?: ValidateOptions): ValidationResult<T.MedicalConditionBase>;

/**
 * True when a value matches `MedicalConditionBase`.
 */
export declare function isMedicalConditionBase(value: unknown): value is T.MedicalConditionBase;

/**
 * Checks a value against `MedicalConditionBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMedicalConditionBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.MedicalConditionBaseResponse>;

/**
 * True when a value matches `MedicalConditionBaseResponse`.
 */
export declare function isMedicalConditionBaseResponse(value: unknown): value is T.MedicalConditionBaseResponse;

/**
 * Checks a value against `MedicalConditionFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMedicalConditionFull(value: unknown, options?: ValidateOptions): ValidationResult<T.MedicalConditionFull>;

/**
 * True when a value matches `MedicalConditionFull`.
 */
export declare function isMedicalConditionFull(value: unknown): value is T.MedicalConditionFull;

/**
 * Checks a value against `MedicalConditionFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMedicalConditionFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.MedicalConditionFullResponse>;

/**
 * True when a value matches `MedicalConditionFullResponse`.
 */
export declare function isMedicalConditionFullResponse(value: unknown): value is T.MedicalConditionFullResponse;

/**
 * Checks a value against `MedicalConditionHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMedicalConditionHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.MedicalConditionHeader>;

/**
 * True when a value matches `MedicalConditionHeader`.
 */
export declare function isMedicalConditionHeader(value: unknown): value is T.MedicalConditionHeader;

/**
 * Checks a value against `MovieBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMovieBase(value: unknown, options?: ValidateOptions): ValidationResult<T.MovieBase>;

/**
 * True when a value matches `MovieBase`.
 */
export declare function isMovieBase(value: unknown): value is T.MovieBase;

/**
 * Checks a value against `MovieBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMovieBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.MovieBaseResponse>;

/**
 * True when a value matches `MovieBaseResponse`.
 */
export declare function isMovieBaseResponse(value: unknown): value is T.MovieBaseResponse;

/**
 * Checks a value against `MovieFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMovieFull(value: unknown, options?: ValidateOptions): ValidationResult<T.MovieFull>;

/**
 * True when a value matches `MovieFull`.
 */
export declare function isMovieFull(value: unknown): value is T.MovieFull;

/**
 * Checks a value against `MovieFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMovieFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.MovieFullResponse>;

/**
 * True when a value matches `MovieFullResponse`.
 */
export declare function isMovieFullResponse(value: unknown): value is T.MovieFullResponse;

/**
 * Checks a value against `MovieHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMovieHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.MovieHeader>;

/**
 * True when a value matches `MovieHeader`.
 */
export declare function isMovieHeader(value: unknown): value is T.MovieHeader;

/**
 * Checks a value against `OccupationBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateOccupationBase(value: unknown, options?: ValidateOptions): ValidationResult<T.OccupationBase>;

/**
 * True when a value matches `OccupationBase`.
 */
export declare function isOccupationBase(value: unknown): value is T.OccupationBase;

/**
 * Checks a value against `OccupationBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateOccupationBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.OccupationBaseResponse>;

/**
 * True when a value matches `OccupationBaseResponse`.
 */
export declare function isOccupationBaseResponse(value: unknown): value is T.OccupationBaseResponse;

/**
 * Checks a value against `OccupationFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateOccupationFull(value: unknown, options?: ValidateOptions): ValidationResult<T.OccupationFull>;

/**
 * True when a value matches `OccupationFull`.
 */
export declare function isOccupationFull(value: unknown): value is T.OccupationFull;

/**
 * Checks a value against `OccupationFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateOccupationFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.OccupationFullResponse>;

/**
 * True when a value matches `OccupationFullResponse`.
 */
export declare function isOccupationFullResponse(value: unknown): value is T.OccupationFullResponse;

/**
 * Checks a value against `OccupationHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateOccupationHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.OccupationHeader>;

/**
 * True when a value matches `OccupationHeader`.
 */
export declare function isOccupationHeader(value: unknown): value is T.OccupationHeader;

/**
 * Checks a value against `OrganizationBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateOrganizationBase(value: unknown, options?: ValidateOptions): ValidationResult<T.OrganizationBase>;

/**
 * True when a value matches `OrganizationBase`.
 */
export declare function isOrganizationBase(value: unknown): value is T.OrganizationBase;

/**
 * Checks a value against `OrganizationBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateOrganizationBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.OrganizationBaseResponse>;

/**
 * True when a value matches `OrganizationBaseResponse`.
 */
export declare function isOrganizationBaseResponse(value: unknown): value is T.OrganizationBaseResponse;

/**
 * Checks a value against `OrganizationFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateOrganizationFull(value: unknown, options?: ValidateOptions): ValidationResult<T.OrganizationFull>;

/**
 * True when a value matches `OrganizationFull`.
 */
export declare function isOrganizationFull(value: unknown): value is T.OrganizationFull;

/**
 * Checks a value against `OrganizationFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateOrganizationFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.OrganizationFullResponse>;

/**
 * True when a value matches `OrganizationFullResponse`.
 */
export declare function isOrganizationFullResponse(value: unknown): value is T.OrganizationFullResponse;

/**
 * Checks a value against `OrganizationHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateOrganizationHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.OrganizationHeader>;

/**
 * True when a value matches `OrganizationHeader`.
 */
export declare function isOrganizationHeader(value: unknown): value is T.OrganizationHeader;

/**
 * Checks a value against `PerformerBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePerformerBase(value: unknown, options?: ValidateOptions): ValidationResult<T.PerformerBase>;

/**
 * True when a value matches `PerformerBase`.
 */
export declare function isPerformerBase(value: unknown): value is T.PerformerBase;

/**
 * Checks a value against `PerformerBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePerformerBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PerformerBaseResponse>;

/**
 * True when a value matches `PerformerBaseResponse`.
 */
export declare function isPerformerBaseResponse(value: unknown): value is T.PerformerBaseResponse;

/**
 * Checks a value against `PerformerFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePerformerFull(value: unknown, options?: ValidateOptions): ValidationResult<T.PerformerFull>;

/**
 * True when a value matches `PerformerFull`.
 */
export declare function isPerformerFull(value: unknown): value is T.PerformerFull;

/**
 * Checks a value against `PerformerFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePerformerFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PerformerFullResponse>;

/**
 * True when a value matches `PerformerFullResponse`.
 */
export declare function isPerformerFullResponse(value: unknown): value is T.PerformerFullResponse;

/**
 * Checks a value against `PerformerHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePerformerHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.PerformerHeader>;

/**
 * True when a value matches `PerformerHeader`.
 */
export declare function isPerformerHeader(value: unknown): value is T.PerformerHeader;

/**
 * Checks a value against `Platform`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePlatform(value: unknown, options?: ValidateOptions): ValidationResult<T.Platform>;

/**
 * True when a value matches `Platform`.
 */
export declare function isPlatform(value: unknown): value is T.Platform;

/**
 * Checks a value against `ProductionRunUnit`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateProductionRunUnit(value: unknown, options?: ValidateOptions): ValidationResult<T.ProductionRunUnit>;

/**
 * True when a value matches `ProductionRunUnit`.
 */
export declare function isProductionRunUnit(value: unknown): value is T.ProductionRunUnit;

/**
 * Checks a value against `Reference`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateReference(value: unknown, options?: ValidateOptions): ValidationResult<T.Reference>;

/**
 * True when a value matches `Reference`.
 */
export declare function isReference(value: unknown): value is T.Reference;

/**
 * Checks a value against `ReferenceType`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateReferenceType(value: unknown, options?: ValidateOptions): ValidationResult<T.ReferenceType>;

/**
 * True when a value matches `ReferenceType`.
 */
export declare function isReferenceType(value: unknown): value is T.ReferenceType;

/**
 * Checks a value against `ResponsePage`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateResponsePage(value: unknown, options?: ValidateOptions): ValidationResult<T.ResponsePage>;

/**
 * True when a value matches `ResponsePage`.
 */
export declare function isResponsePage(value: unknown): value is T.ResponsePage;

/**
 * Checks a value against `ResponseSort`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateResponseSort(value: unknown, options?: ValidateOptions): ValidationResult<T.ResponseSort>;

/**
 * True when a value matches `ResponseSort`.
 */
export declare function isResponseSort(value: unknown): value is T.ResponseSort;

/**
 * Checks a value against `ResponseSortClause`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateResponseSortClause(value: unknown, options?: ValidateOptions): ValidationResult<T.ResponseSortClause>;

/**
 * True when a value matches `ResponseSortClause`.
 */
export declare function isResponseSortClause(value: unknown): value is T.ResponseSortClause;

/**
 * Checks a value against `ResponseSortDirection`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateResponseSortDirection(value: unknown, options?: ValidateOptions): ValidationResult<T.ResponseSortDirection>;

/**
 * True when a value matches `ResponseSortDirection`.
 */
export declare function isResponseSortDirection(value: unknown): value is T.ResponseSortDirection;

/**
 * Checks a value against `SeasonBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSeasonBase(value: unknown, options?: ValidateOptions): ValidationResult<T.SeasonBase>;

/**
 * True when a value matches `SeasonBase`.
 */
export declare function isSeasonBase(value: unknown): value is T.SeasonBase;

/**
 * Checks a value against `SeasonBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSeasonBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.SeasonBaseResponse>;

/**
 * True when a value matches `SeasonBaseResponse`.
 */
export declare function isSeasonBaseResponse(value: unknown): value is T.SeasonBaseResponse;

/**
 * Checks a value against `SeasonFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSeasonFull(value: unknown, options?: ValidateOptions): ValidationResult<T.SeasonFull>;

/**
 * True when a value matches `SeasonFull`.
 */
export declare function isSeasonFull(value: unknown): value is T.SeasonFull;

/**
 * Checks a value against `SeasonFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSeasonFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.SeasonFullResponse>;

/**
 * True when a value matches `SeasonFullResponse`.
 */
export declare function isSeasonFullResponse(value: unknown): value is T.SeasonFullResponse;

/**
 * Checks a value against `SeasonHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSeasonHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.SeasonHeader>;

/**
 * True when a value matches `SeasonHeader`.
 */
export declare function isSeasonHeader(value: unknown): value is T.SeasonHeader;

/**
 * Checks a value against `SeriesBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSeriesBase(value: unknown, options?: ValidateOptions): ValidationResult<T.SeriesBase>;

/**
 * True when a value matches `SeriesBase`.
 */
export declare function isSeriesBase(value: unknown): value is T.SeriesBase;

/**
 * Checks a value against `SeriesBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSeriesBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.SeriesBaseResponse>;

/**
 * True when a value matches `SeriesBaseResponse`.
 */
export declare function isSeriesBaseResponse(value: unknown): value is T.SeriesBaseResponse;

/**
 * Checks a value against `SeriesFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSeriesFull(value: unknown, options?: ValidateOptions): ValidationResult<T.SeriesFull>;

/**
 * True when a value matches `SeriesFull`.
 */
export declare function isSeriesFull(value: unknown): value is T.SeriesFull;

/**
 * Checks a value against `SeriesFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSeriesFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.SeriesFullResponse>;

/**
 * True when a value matches `SeriesFullResponse`.
 */
export declare function isSeriesFullResponse(value: unknown): value is T.SeriesFullResponse;

/**
 * Checks a value against `SeriesHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSeriesHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.SeriesHeader>;

/**
 * True when a value matches `SeriesHeader`.
 */
export declare function isSeriesHeader(value: unknown): value is T.SeriesHeader;

/**
 * Checks a value against `SoundtrackBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSoundtrackBase(value: unknown, options?: ValidateOptions): ValidationResult<T.SoundtrackBase>;

/**
 * True when a value matches `SoundtrackBase`.
 */
export declare function isSoundtrackBase(value: unknown): value is T.SoundtrackBase;

/**
 * Checks a value against `SoundtrackBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSoundtrackBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.SoundtrackBaseResponse>;

/**
 * True when a value matches `SoundtrackBaseResponse`.
 */
export declare function isSoundtrackBaseResponse(value: unknown): value is T.SoundtrackBaseResponse;

/**
 * Checks a value against `SoundtrackFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSoundtrackFull(value: unknown, options?: ValidateOptions): ValidationResult<T.SoundtrackFull>;

/**
 * True when a value matches `SoundtrackFull`.
 */
export declare function isSoundtrackFull(value: unknown): value is T.SoundtrackFull;

/**
 * Checks a value against `SoundtrackFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSoundtrackFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.SoundtrackFullResponse>;

/**
 * True when a value matches `SoundtrackFullResponse`.
 */
export declare function isSoundtrackFullResponse(value: unknown): value is T.SoundtrackFullResponse;

/**
 * Checks a value against `SoundtrackHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSoundtrackHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.SoundtrackHeader>;

/**
 * True when a value matches `SoundtrackHeader`.
 */
export declare function isSoundtrackHeader(value: unknown): value is T.SoundtrackHeader;

/**
 * Checks a value against `SpacecraftBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSpacecraftBase(value: unknown, options?: ValidateOptions): ValidationResult<T.SpacecraftBase>;

/**
 * True when a value matches `SpacecraftBase`.
 */
export declare function isSpacecraftBase(value: unknown): value is T.SpacecraftBase;

/**
 * Checks a value against `SpacecraftBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSpacecraftBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.SpacecraftBaseResponse>;

/**
 * True when a value matches `SpacecraftBaseResponse`.
 */
export declare function isSpacecraftBaseResponse(value: unknown): value is T.SpacecraftBaseResponse;

/**
 * Checks a value against `SpacecraftClassBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSpacecraftClassBase(value: unknown, options?: ValidateOptions): ValidationResult<T.SpacecraftClassBase>;

/**
 * True when a value matches `SpacecraftClassBase`.
 */
export declare function isSpacecraftClassBase(value: unknown): value is T.SpacecraftClassBase;

/**
 * Checks a value against `SpacecraftClassBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSpacecraftClassBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.SpacecraftClassBaseResponse>;

/**
 * True when a value matches `SpacecraftClassBaseResponse`.
 */
export declare function isSpacecraftClassBaseResponse(value: unknown): value is T.SpacecraftClassBaseResponse;

/**
 * Checks a value against `SpacecraftClassFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSpacecraftClassFull(value: unknown, options?: ValidateOptions): ValidationResult<T.SpacecraftClassFull>;

/**
 * True when a value matches `SpacecraftClassFull`.
 */
export declare function isSpacecraftClassFull(value: unknown): value is T.SpacecraftClassFull;

/**
 * Checks a value against `SpacecraftClassFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSpacecraftClassFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.SpacecraftClassFullResponse>;

/**
 * True when a value matches `SpacecraftClassFullResponse`.
 */
export declare function isSpacecraftClassFullResponse(value: unknown): value is T.SpacecraftClassFullResponse;

/**
 * Checks a value against `SpacecraftClassHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSpacecraftClassHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.SpacecraftClassHeader>;

/**
 * True when a value matches `SpacecraftClassHeader`.
 */
export declare function isSpacecraftClassHeader(value: unknown): value is T.SpacecraftClassHeader;

/**
 * Checks a value against `SpacecraftFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSpacecraftFull(value: unknown, options?: ValidateOptions): ValidationResult<T.SpacecraftFull>;

/**
 * True when a value matches `SpacecraftFull`.
 */
export declare function isSpacecraftFull(value: unknown): value is T.SpacecraftFull;

/**
 * Checks a value against `SpacecraftFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSpacecraftFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.SpacecraftFullResponse>;

/**
 * True when a value matches `SpacecraftFullResponse`.
 */
export declare function isSpacecraftFullResponse(value: unknown): value is T.SpacecraftFullResponse;

/**
 * Checks a value against `SpacecraftHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSpacecraftHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.SpacecraftHeader>;

/**
 * True when a value matches `SpacecraftHeader`.
 */
export declare function isSpacecraftHeader(value: unknown): value is T.SpacecraftHeader;

/**
 * Checks a value against `SpacecraftType`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSpacecraftType(value: unknown, options?: ValidateOptions): ValidationResult<T.SpacecraftType>;

/**
 * True when a value matches `SpacecraftType`.
 */
export declare function isSpacecraftType(value: unknown): value is T.SpacecraftType;

/**
 * Checks a value against `SpeciesBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSpeciesBase(value: unknown, options?: ValidateOptions): ValidationResult<T.SpeciesBase>;

/**
 * True when a value matches `SpeciesBase`.
 */
export declare function isSpeciesBase(value: unknown): value is T.SpeciesBase;

/**
 * Checks a value against `SpeciesBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSpeciesBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.SpeciesBaseResponse>;

/**
 * True when a value matches `SpeciesBaseResponse`.
 */
export declare function isSpeciesBaseResponse(value: unknown): value is T.SpeciesBaseResponse;

/**
 * Checks a value against `SpeciesFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSpeciesFull(value: unknown, options?: ValidateOptions): ValidationResult<T.SpeciesFull>;

/**
 * True when a value matches `SpeciesFull`.
 */
export declare function isSpeciesFull(value: unknown): value is T.SpeciesFull;

/**
 * Checks a value against `SpeciesFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSpeciesFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.SpeciesFullResponse>;

/**
 * True when a value matches `SpeciesFullResponse`.
 */
export declare function isSpeciesFullResponse(value: unknown): value is T.SpeciesFullResponse;

/**
 * Checks a value against `SpeciesHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSpeciesHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.SpeciesHeader>;

/**
 * True when a value matches `SpeciesHeader`.
 */
export declare function isSpeciesHeader(value: unknown): value is T.SpeciesHeader;

/**
 * Checks a value against `StaffBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateStaffBase(value: unknown, options?: ValidateOptions): ValidationResult<T.StaffBase>;

/**
 * True when a value matches `StaffBase`.
 */
export declare function isStaffBase(value: unknown): value is T.StaffBase;

/**
 * Checks a value against `StaffBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateStaffBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.StaffBaseResponse>;

/**
 * True when a value matches `StaffBaseResponse`.
 */
export declare function isStaffBaseResponse(value: unknown): value is T.StaffBaseResponse;

/**
 * Checks a value against `StaffFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateStaffFull(value: unknown, options?: ValidateOptions): ValidationResult<T.StaffFull>;

/**
 * True when a value matches `StaffFull`.
 */
export declare function isStaffFull(value: unknown): value is T.StaffFull;

/**
 * Checks a value against `StaffFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateStaffFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.StaffFullResponse>;

/**
 * True when a value matches `StaffFullResponse`.
 */
export declare function isStaffFullResponse(value: unknown): value is T.StaffFullResponse;

/**
 * Checks a value against `StaffHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateStaffHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.StaffHeader>;

/**
 * True when a value matches `StaffHeader`.
 */
export declare function isStaffHeader(value: unknown): value is T.StaffHeader;

/**
 * Checks a value against `TechnologyBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTechnologyBase(value: unknown, options?: ValidateOptions): ValidationResult<T.TechnologyBase>;

/**
 * True when a value matches `TechnologyBase`.
 */
export declare function isTechnologyBase(value: unknown): value is T.TechnologyBase;

/**
 * Checks a value against `TechnologyBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTechnologyBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.TechnologyBaseResponse>;

/**
 * True when a value matches `TechnologyBaseResponse`.
 */
export declare function isTechnologyBaseResponse(value: unknown): value is T.TechnologyBaseResponse;

/**
 * Checks a value against `TechnologyFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTechnologyFull(value: unknown, options?: ValidateOptions): ValidationResult<T.TechnologyFull>;

/**
 * True when a value matches `TechnologyFull`.
 */
export declare function isTechnologyFull(value: unknown): value is T.TechnologyFull;

/**
 * Checks a value against `TechnologyFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTechnologyFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.TechnologyFullResponse>;

/**
 * True when a value matches `TechnologyFullResponse`.
 */
export declare function isTechnologyFullResponse(value: unknown): value is T.TechnologyFullResponse;

/**
 * Checks a value against `TechnologyHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTechnologyHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.TechnologyHeader>;

/**
 * True when a value matches `TechnologyHeader`.
 */
export declare function isTechnologyHeader(value: unknown): value is T.TechnologyHeader;

/**
 * Checks a value against `TitleBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTitleBase(value: unknown, options?: ValidateOptions): ValidationResult<T.TitleBase>;

/**
 * True when a value matches `TitleBase`.
 */
export declare function isTitleBase(value: unknown): value is T.TitleBase;

/**
 * Checks a value against `TitleBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTitleBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.TitleBaseResponse>;

/**
 * True when a value matches `TitleBaseResponse`.
 */
export declare function isTitleBaseResponse(value: unknown): value is T.TitleBaseResponse;

/**
 * Checks a value against `TitleFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTitleFull(value: unknown, options?: ValidateOptions): ValidationResult<T.TitleFull>;

/**
 * True when a value matches `TitleFull`.
 */
export declare function isTitleFull(value: unknown): value is T.TitleFull;

/**
 * Checks a value against `TitleFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTitleFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.TitleFullResponse>;

/**
 * True when a value matches `TitleFullResponse`.
 */
export declare function isTitleFullResponse(value: unknown): value is T.TitleFullResponse;

/**
 * Checks a value against `TitleHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTitleHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.TitleHeader>;

/**
 * True when a value matches `TitleHeader`.
 */
export declare function isTitleHeader(value: unknown): value is T.TitleHeader;

/**
 * Checks a value against `TradingCardBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTradingCardBase(value: unknown, options?: ValidateOptions): ValidationResult<T.TradingCardBase>;

/**
 * True when a value matches `TradingCardBase`.
 */
export declare function isTradingCardBase(value: unknown): value is T.TradingCardBase;

/**
 * Checks a value against `TradingCardBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTradingCardBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.TradingCardBaseResponse>;

/**
 * True when a value matches `TradingCardBaseResponse`.
 */
export declare function isTradingCardBaseResponse(value: unknown): value is T.TradingCardBaseResponse;

/**
 * Checks a value against `TradingCardDeckBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTradingCardDeckBase(value: unknown, options?: ValidateOptions): ValidationResult<T.TradingCardDeckBase>;

/**
 * True when a value matches `TradingCardDeckBase`.
 */
export declare function isTradingCardDeckBase(value: unknown): value is T.TradingCardDeckBase;

/**
 * Checks a value against `TradingCardDeckBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTradingCardDeckBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.TradingCardDeckBaseResponse>;

/**
 * True when a value matches `TradingCardDeckBaseResponse`.
 */
export declare function isTradingCardDeckBaseResponse(value: unknown): value is T.TradingCardDeckBaseResponse;

/**
 * Checks a value against `TradingCardDeckFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTradingCardDeckFull(value: unknown, options?: ValidateOptions): ValidationResult<T.TradingCardDeckFull>;

/**
 * True when a value matches `TradingCardDeckFull`.
 */
export declare function isTradingCardDeckFull(value: unknown): value is T.TradingCardDeckFull;

/**
 * Checks a value against `TradingCardDeckFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTradingCardDeckFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.TradingCardDeckFullResponse>;

/**
 * True when a value matches `TradingCardDeckFullResponse`.
 */
export declare function isTradingCardDeckFullResponse(value: unknown): value is T.TradingCardDeckFullResponse;

/**
 * Checks a value against `TradingCardDeckHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTradingCardDeckHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.TradingCardDeckHeader>;

/**
 * True when a value matches `TradingCardDeckHeader`.
 */
export declare function isTradingCardDeckHeader(value: unknown): value is T.TradingCardDeckHeader;

/**
 * Checks a value against `TradingCardFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTradingCardFull(value: unknown, options?: ValidateOptions): ValidationResult<T.TradingCardFull>;

/**
 * True when a value matches `TradingCardFull`.
 */
export declare function isTradingCardFull(value: unknown): value is T.TradingCardFull;

/**
 * Checks a value against `TradingCardFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTradingCardFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.TradingCardFullResponse>;

/**
 * True when a value matches `TradingCardFullResponse`.
 */
export declare function isTradingCardFullResponse(value: unknown): value is T.TradingCardFullResponse;

/**
 * Checks a value against `TradingCardHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTradingCardHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.TradingCardHeader>;

/**
 * True when a value matches `TradingCardHeader`.
 */
export declare function isTradingCardHeader(value: unknown): value is T.TradingCardHeader;

/**
 * Checks a value against `TradingCardSetBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTradingCardSetBase(value: unknown, options?: ValidateOptions): ValidationResult<T.TradingCardSetBase>;

/**
 * True when a value matches `TradingCardSetBase`.
 */
export declare function isTradingCardSetBase(value: unknown): value is T.TradingCardSetBase;

/**
 * Checks a value against `TradingCardSetBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTradingCardSetBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.TradingCardSetBaseResponse>;

/**
 * True when a value matches `TradingCardSetBaseResponse`.
 */
export declare function isTradingCardSetBaseResponse(value: unknown): value is T.TradingCardSetBaseResponse;

/**
 * Checks a value against `TradingCardSetFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTradingCardSetFull(value: unknown, options?: ValidateOptions): ValidationResult<T.TradingCardSetFull>;

/**
 * True when a value matches `TradingCardSetFull`.
 */
export declare function isTradingCardSetFull(value: unknown): value is T.TradingCardSetFull;

/**
 * Checks a value against `TradingCardSetFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTradingCardSetFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.TradingCardSetFullResponse>;

/**
 * True when a value matches `TradingCardSetFullResponse`.
 */
export declare function isTradingCardSetFullResponse(value: unknown): value is T.TradingCardSetFullResponse;

/**
 * Checks a value against `TradingCardSetHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTradingCardSetHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.TradingCardSetHeader>;

/**
 * True when a value matches `TradingCardSetHeader`.
 */
export declare function isTradingCardSetHeader(value: unknown): value is T.TradingCardSetHeader;

/**
 * Checks a value against `VideoGameBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateVideoGameBase(value: unknown, options?: ValidateOptions): ValidationResult<T.VideoGameBase>;

/**
 * True when a value matches `VideoGameBase`.
 */
export declare function isVideoGameBase(value: unknown): value is T.VideoGameBase;

/**
 * Checks a value against `VideoGameBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateVideoGameBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.VideoGameBaseResponse>;

/**
 * True when a value matches `VideoGameBaseResponse`.
 */
export declare function isVideoGameBaseResponse(value: unknown): value is T.VideoGameBaseResponse;

/**
 * Checks a value against `VideoGameFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateVideoGameFull(value: unknown, options?: ValidateOptions): ValidationResult<T.VideoGameFull>;

/**
 * True when a value matches `VideoGameFull`.
 */
export declare function isVideoGameFull(value: unknown): value is T.VideoGameFull;

/**
 * Checks a value against `VideoGameFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateVideoGameFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.VideoGameFullResponse>;

/**
 * True when a value matches `VideoGameFullResponse`.
 */
export declare function isVideoGameFullResponse(value: unknown): value is T.VideoGameFullResponse;

/**
 * Checks a value against `VideoGameHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateVideoGameHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.VideoGameHeader>;

/**
 * True when a value matches `VideoGameHeader`.
 */
export declare function isVideoGameHeader(value: unknown): value is T.VideoGameHeader;

/**
 * Checks a value against `VideoReleaseBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateVideoReleaseBase(value: unknown, options?: ValidateOptions): ValidationResult<T.VideoReleaseBase>;

/**
 * True when a value matches `VideoReleaseBase`.
 */
export declare function isVideoReleaseBase(value: unknown): value is T.VideoReleaseBase;

/**
 * Checks a value against `VideoReleaseBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateVideoReleaseBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.VideoReleaseBaseResponse>;

/**
 * True when a value matches `VideoReleaseBaseResponse`.
 */
export declare function isVideoReleaseBaseResponse(value: unknown): value is T.VideoReleaseBaseResponse;

/**
 * Checks a value against `VideoReleaseFormat`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateVideoReleaseFormat(value: unknown, options?: ValidateOptions): ValidationResult<T.VideoReleaseFormat>;

/**
 * True when a value matches `VideoReleaseFormat`.
 */
export declare function isVideoReleaseFormat(value: unknown): value is T.VideoReleaseFormat;

/**
 * Checks a value against `VideoReleaseFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateVideoReleaseFull(value: unknown, options?: ValidateOptions): ValidationResult<T.VideoReleaseFull>;

/**
 * True when a value matches `VideoReleaseFull`.
 */
export declare function isVideoReleaseFull(value: unknown): value is T.VideoReleaseFull;

/**
 * Checks a value against `VideoReleaseFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateVideoReleaseFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.VideoReleaseFullResponse>;

/**
 * True when a value matches `VideoReleaseFullResponse`.
 */
export declare function isVideoReleaseFullResponse(value: unknown): value is T.VideoReleaseFullResponse;

/**
 * Checks a value against `VideoReleaseHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateVideoReleaseHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.VideoReleaseHeader>;

/**
 * True when a value matches `VideoReleaseHeader`.
 */
export declare function isVideoReleaseHeader(value: unknown): value is T.VideoReleaseHeader;

/**
 * Checks a value against `WeaponBase`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateWeaponBase(value: unknown, options?: ValidateOptions): ValidationResult<T.WeaponBase>;

/**
 * True when a value matches `WeaponBase`.
 */
export declare function isWeaponBase(value: unknown): value is T.WeaponBase;

/**
 * Checks a value against `WeaponBaseResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateWeaponBaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.WeaponBaseResponse>;

/**
 * True when a value matches `WeaponBaseResponse`.
 */
export declare function isWeaponBaseResponse(value: unknown): value is T.WeaponBaseResponse;

/**
 * Checks a value against `WeaponFull`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateWeaponFull(value: unknown, options?: ValidateOptions): ValidationResult<T.WeaponFull>;

/**
 * True when a value matches `WeaponFull`.
 */
export declare function isWeaponFull(value: unknown): value is T.WeaponFull;

/**
 * Checks a value against `WeaponFullResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateWeaponFullResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.WeaponFullResponse>;

/**
 * True when a value matches `WeaponFullResponse`.
 */
export declare function isWeaponFullResponse(value: unknown): value is T.WeaponFullResponse;

/**
 * Checks a value against `WeaponHeader`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateWeaponHeader(value: unknown, options?: ValidateOptions): ValidationResult<T.WeaponHeader>;

/**
 * True when a value matches `WeaponHeader`.
 */
export declare function isWeaponHeader(value: unknown): value is T.WeaponHeader;

/**
 * Checks a value against the response body of `getAnimal`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAnimalResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAnimalResponse>;

/**
 * True when a value matches the response body of `getAnimal`.
 */
export declare function isGetAnimalResponse(value: unknown): value is T.GetAnimalResponse;

/**
 * Checks a value against the response body of `getAnimalSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAnimalSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAnimalSearchResponse>;

/**
 * True when a value matches the response body of `getAnimalSearch`.
 */
export declare function isGetAnimalSearchResponse(value: unknown): value is T.GetAnimalSearchResponse;

/**
 * Checks a value against the request body of `postAnimalSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnimalSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnimalSearchRequestBody>;

/**
 * True when a value matches the request body of `postAnimalSearch`.
 */
export declare function isPostAnimalSearchRequestBody(value: unknown): value is T.PostAnimalSearchRequestBody;

/**
 * Checks a value against the response body of `postAnimalSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAnimalSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAnimalSearchResponse>;

/**
 * True when a value matches the response body of `postAnimalSearch`.
 */
export declare function isPostAnimalSearchResponse(value: unknown): value is T.PostAnimalSearchResponse;

/**
 * Checks a value against the response body of `getAstronomicalObject`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAstronomicalObjectResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAstronomicalObjectResponse>;

/**
 * True when a value matches the response body of `getAstronomicalObject`.
 */
export declare function isGetAstronomicalObjectResponse(value: unknown): value is T.GetAstronomicalObjectResponse;

/**
 * Checks a value against the response body of `getAstronomicalObjectSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAstronomicalObjectSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAstronomicalObjectSearchResponse>;

/**
 * True when a value matches the response body of `getAstronomicalObjectSearch`.
 */
export declare function isGetAstronomicalObjectSearchResponse(value: unknown): value is T.GetAstronomicalObjectSearchResponse;

/**
 * Checks a value against the request body of `postAstronomicalObjectSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAstronomicalObjectSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAstronomicalObjectSearchRequestBody>;

/**
 * True when a value matches the request body of `postAstronomicalObjectSearch`.
 */
export declare function isPostAstronomicalObjectSearchRequestBody(value: unknown): value is T.PostAstronomicalObjectSearchRequestBody;

/**
 * Checks a value against the response body of `postAstronomicalObjectSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostAstronomicalObjectSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostAstronomicalObjectSearchResponse>;

/**
 * True when a value matches the response body of `postAstronomicalObjectSearch`.
 */
export declare function isPostAstronomicalObjectSearchResponse(value: unknown): value is T.PostAstronomicalObjectSearchResponse;

/**
 * Checks a value against the response body of `getBook`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetBookResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetBookResponse>;

/**
 * True when a value matches the response body of `getBook`.
 */
export declare function isGetBookResponse(value: unknown): value is T.GetBookResponse;

/**
 * Checks a value against the response body of `getBookSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetBookSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetBookSearchResponse>;

/**
 * True when a value matches the response body of `getBookSearch`.
 */
export declare function isGetBookSearchResponse(value: unknown): value is T.GetBookSearchResponse;

/**
 * Checks a value against the request body of `postBookSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostBookSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostBookSearchRequestBody>;

/**
 * True when a value matches the request body of `postBookSearch`.
 */
export declare function isPostBookSearchRequestBody(value: unknown): value is T.PostBookSearchRequestBody;

/**
 * Checks a value against the response body of `postBookSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostBookSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostBookSearchResponse>;

/**
 * True when a value matches the response body of `postBookSearch`.
 */
export declare function isPostBookSearchResponse(value: unknown): value is T.PostBookSearchResponse;

/**
 * Checks a value against the response body of `getBookCollection`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetBookCollectionResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetBookCollectionResponse>;

/**
 * True when a value matches the response body of `getBookCollection`.
 */
export declare function isGetBookCollectionResponse(value: unknown): value is T.GetBookCollectionResponse;

/**
 * Checks a value against the response body of `getBookCollectionSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetBookCollectionSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetBookCollectionSearchResponse>;

/**
 * True when a value matches the response body of `getBookCollectionSearch`.
 */
export declare function isGetBookCollectionSearchResponse(value: unknown): value is T.GetBookCollectionSearchResponse;

/**
 * Checks a value against the request body of `postBookCollectionSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostBookCollectionSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostBookCollectionSearchRequestBody>;

/**
 * True when a value matches the request body of `postBookCollectionSearch`.
 */
export declare function isPostBookCollectionSearchRequestBody(value: unknown): value is T.PostBookCollectionSearchRequestBody;

/**
 * Checks a value against the response body of `postBookCollectionSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostBookCollectionSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostBookCollectionSearchResponse>;

/**
 * True when a value matches the response body of `postBookCollectionSearch`.
 */
export declare function isPostBookCollectionSearchResponse(value: unknown): value is T.PostBookCollectionSearchResponse;

/**
 * Checks a value against the response body of `getBookSeries`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetBookSeriesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetBookSeriesResponse>;

/**
 * True when a value matches the response body of `getBookSeries`.
 */
export declare function isGetBookSeriesResponse(value: unknown): value is T.GetBookSeriesResponse;

/**
 * Checks a value against the response body of `getBookSeriesSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetBookSeriesSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetBookSeriesSearchResponse>;

/**
 * True when a value matches the response body of `getBookSeriesSearch`.
 */
export declare function isGetBookSeriesSearchResponse(value: unknown): value is T.GetBookSeriesSearchResponse;

/**
 * Checks a value against the request body of `postBookSeriesSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostBookSeriesSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostBookSeriesSearchRequestBody>;

/**
 * True when a value matches the request body of `postBookSeriesSearch`.
 */
export declare function isPostBookSeriesSearchRequestBody(value: unknown): value is T.PostBookSeriesSearchRequestBody;

/**
 * Checks a value against the response body of `postBookSeriesSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostBookSeriesSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostBookSeriesSearchResponse>;

/**
 * True when a value matches the response body of `postBookSeriesSearch`.
 */
export declare function isPostBookSeriesSearchResponse(value: unknown): value is T.PostBookSeriesSearchResponse;

/**
 * Checks a value against the response body of `getCharacter`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetCharacterResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetCharacterResponse>;

/**
 * True when a value matches the response body of `getCharacter`.
 */
export declare function isGetCharacterResponse(value: unknown): value is T.GetCharacterResponse;

/**
 * Checks a value against the response body of `getCharacterSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetCharacterSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetCharacterSearchResponse>;

/**
 * True when a value matches the response body of `getCharacterSearch`.
 */
export declare function isGetCharacterSearchResponse(value: unknown): value is T.GetCharacterSearchResponse;

/**
 * Checks a value against the request body of `postCharacterSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostCharacterSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostCharacterSearchRequestBody>;

/**
 * True when a value matches the request body of `postCharacterSearch`.
 */
export declare function isPostCharacterSearchRequestBody(value: unknown): value is T.PostCharacterSearchRequestBody;

/**
 * Checks a value against the response body of `postCharacterSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostCharacterSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostCharacterSearchResponse>;

/**
 * True when a value matches the response body of `postCharacterSearch`.
 */
export declare function isPostCharacterSearchResponse(value: unknown): value is T.PostCharacterSearchResponse;

/**
 * Checks a value against the response body of `getComicCollection`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetComicCollectionResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetComicCollectionResponse>;

/**
 * True when a value matches the response body of `getComicCollection`.
 */
export declare function isGetComicCollectionResponse(value: unknown): value is T.GetComicCollectionResponse;

/**
 * Checks a value against the response body of `getComicCollectionSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetComicCollectionSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetComicCollectionSearchResponse>;

/**
 * True when a value matches the response body of `getComicCollectionSearch`.
 */
export declare function isGetComicCollectionSearchResponse(value: unknown): value is T.GetComicCollectionSearchResponse;

/**
 * Checks a value against the request body of `postComicCollectionSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostComicCollectionSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostComicCollectionSearchRequestBody>;

/**
 * True when a value matches the request body of `postComicCollectionSearch`.
 */
export declare function isPostComicCollectionSearchRequestBody(value: unknown): value is T.PostComicCollectionSearchRequestBody;

/**
 * Checks a value against the response body of `postComicCollectionSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostComicCollectionSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostComicCollectionSearchResponse>;

/**
 * True when a value matches the response body of `postComicCollectionSearch`.
 */
export declare function isPostComicCollectionSearchResponse(value: unknown): value is T.PostComicCollectionSearchResponse;

/**
 * Checks a value against the response body of `getComicSeries`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetComicSeriesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetComicSeriesResponse>;

/**
 * True when a value matches the response body of `getComicSeries`.
 */
export declare function isGetComicSeriesResponse(value: unknown): value is T.GetComicSeriesResponse;

/**
 * Checks a value against the response body of `getComicSeriesSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetComicSeriesSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetComicSeriesSearchResponse>;

/**
 * True when a value matches the response body of `getComicSeriesSearch`.
 */
export declare function isGetComicSeriesSearchResponse(value: unknown): value is T.GetComicSeriesSearchResponse;

/**
 * Checks a value against the request body of `postComicSeriesSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostComicSeriesSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostComicSeriesSearchRequestBody>;

/**
 * True when a value matches the request body of `postComicSeriesSearch`.
 */
export declare function isPostComicSeriesSearchRequestBody(value: unknown): value is T.PostComicSeriesSearchRequestBody;

/**
 * Checks a value against the response body of `postComicSeriesSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostComicSeriesSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostComicSeriesSearchResponse>;

/**
 * True when a value matches the response body of `postComicSeriesSearch`.
 */
export declare function isPostComicSeriesSearchResponse(value: unknown): value is T.PostComicSeriesSearchResponse;

/**
 * Checks a value against the response body of `getComicStrip`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetComicStripResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetComicStripResponse>;

/**
 * True when a value matches the response body of `getComicStrip`.
 */
export declare function isGetComicStripResponse(value: unknown): value is T.GetComicStripResponse;

/**
 * Checks a value against the response body of `getComicStripSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetComicStripSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetComicStripSearchResponse>;

/**
 * True when a value matches the response body of `getComicStripSearch`.
 */
export declare function isGetComicStripSearchResponse(value: unknown): value is T.GetComicStripSearchResponse;

/**
 * Checks a value against the request body of `postComicStripSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostComicStripSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostComicStripSearchRequestBody>;

/**
 * True when a value matches the request body of `postComicStripSearch`.
 */
export declare function isPostComicStripSearchRequestBody(value: unknown): value is T.PostComicStripSearchRequestBody;

/**
 * Checks a value against the response body of `postComicStripSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostComicStripSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostComicStripSearchResponse>;

/**
 * True when a value matches the response body of `postComicStripSearch`.
 */
export declare function isPostComicStripSearchResponse(value: unknown): value is T.PostComicStripSearchResponse;

/**
 * Checks a value against the response body of `getComics`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetComicsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetComicsResponse>;

/**
 * True when a value matches the response body of `getComics`.
 */
export declare function isGetComicsResponse(value: unknown): value is T.GetComicsResponse;

/**
 * Checks a value against the response body of `getComicsSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetComicsSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetComicsSearchResponse>;

/**
 * True when a value matches the response body of `getComicsSearch`.
 */
export declare function isGetComicsSearchResponse(value: unknown): value is T.GetComicsSearchResponse;

/**
 * Checks a value against the request body of `postComicsSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostComicsSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostComicsSearchRequestBody>;

/**
 * True when a value matches the request body of `postComicsSearch`.
 */
export declare function isPostComicsSearchRequestBody(value: unknown): value is T.PostComicsSearchRequestBody;

/**
 * Checks a value against the response body of `postComicsSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostComicsSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostComicsSearchResponse>;

/**
 * True when a value matches the response body of `postComicsSearch`.
 */
export declare function isPostComicsSearchResponse(value: unknown): value is T.PostComicsSearchResponse;

/**
 * Checks a value against the response body of `getCompany`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetCompanyResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetCompanyResponse>;

/**
 * True when a value matches the response body of `getCompany`.
 */
export declare function isGetCompanyResponse(value: unknown): value is T.GetCompanyResponse;

/**
 * Checks a value against the response body of `getCompanySearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetCompanySearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetCompanySearchResponse>;

/**
 * True when a value matches the response body of `getCompanySearch`.
 */
export declare function isGetCompanySearchResponse(value: unknown): value is T.GetCompanySearchResponse;

/**
 * Checks a value against the request body of `postCompanySearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostCompanySearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostCompanySearchRequestBody>;

/**
 * True when a value matches the request body of `postCompanySearch`.
 */
export declare function isPostCompanySearchRequestBody(value: unknown): value is T.PostCompanySearchRequestBody;

/**
 * Checks a value against the response body of `postCompanySearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostCompanySearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostCompanySearchResponse>;

/**
 * True when a value matches the response body of `postCompanySearch`.
 */
export declare function isPostCompanySearchResponse(value: unknown): value is T.PostCompanySearchResponse;

/**
 * Checks a value against the response body of `getConflict`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetConflictResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetConflictResponse>;

/**
 * True when a value matches the response body of `getConflict`.
 */
export declare function isGetConflictResponse(value: unknown): value is T.GetConflictResponse;

/**
 * Checks a value against the response body of `getConflictSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetConflictSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetConflictSearchResponse>;

/**
 * True when a value matches the response body of `getConflictSearch`.
 */
export declare function isGetConflictSearchResponse(value: unknown): value is T.GetConflictSearchResponse;

/**
 * Checks a value against the request body of `postConflictSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostConflictSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostConflictSearchRequestBody>;

/**
 * True when a value matches the request body of `postConflictSearch`.
 */
export declare function isPostConflictSearchRequestBody(value: unknown): value is T.PostConflictSearchRequestBody;

/**
 * Checks a value against the response body of `postConflictSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostConflictSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostConflictSearchResponse>;

/**
 * True when a value matches the response body of `postConflictSearch`.
 */
export declare function isPostConflictSearchResponse(value: unknown): value is T.PostConflictSearchResponse;

/**
 * Checks a value against the response body of `getElement`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetElementResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetElementResponse>;

/**
 * True when a value matches the response body of `getElement`.
 */
export declare function isGetElementResponse(value: unknown): value is T.GetElementResponse;

/**
 * Checks a value against the response body of `getElementSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetElementSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetElementSearchResponse>;

/**
 * True when a value matches the response body of `getElementSearch`.
 */
export declare function isGetElementSearchResponse(value: unknown): value is T.GetElementSearchResponse;

/**
 * Checks a value against the request body of `postElementSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostElementSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostElementSearchRequestBody>;

/**
 * True when a value matches the request body of `postElementSearch`.
 */
export declare function isPostElementSearchRequestBody(value: unknown): value is T.PostElementSearchRequestBody;

/**
 * Checks a value against the response body of `postElementSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostElementSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostElementSearchResponse>;

/**
 * True when a value matches the response body of `postElementSearch`.
 */
export declare function isPostElementSearchResponse(value: unknown): value is T.PostElementSearchResponse;

/**
 * Checks a value against the response body of `getEpisode`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetEpisodeResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetEpisodeResponse>;

/**
 * True when a value matches the response body of `getEpisode`.
 */
export declare function isGetEpisodeResponse(value: unknown): value is T.GetEpisodeResponse;

/**
 * Checks a value against the response body of `getEpisodeSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetEpisodeSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetEpisodeSearchResponse>;

/**
 * True when a value matches the response body of `getEpisodeSearch`.
 */
export declare function isGetEpisodeSearchResponse(value: unknown): value is T.GetEpisodeSearchResponse;

/**
 * Checks a value against the request body of `postEpisodeSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostEpisodeSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostEpisodeSearchRequestBody>;

/**
 * True when a value matches the request body of `postEpisodeSearch`.
 */
export declare function isPostEpisodeSearchRequestBody(value: unknown): value is T.PostEpisodeSearchRequestBody;

/**
 * Checks a value against the response body of `postEpisodeSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostEpisodeSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostEpisodeSearchResponse>;

/**
 * True when a value matches the response body of `postEpisodeSearch`.
 */
export declare function isPostEpisodeSearchResponse(value: unknown): value is T.PostEpisodeSearchResponse;

/**
 * Checks a value against the response body of `getFood`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetFoodResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetFoodResponse>;

/**
 * True when a value matches the response body of `getFood`.
 */
export declare function isGetFoodResponse(value: unknown): value is T.GetFoodResponse;

/**
 * Checks a value against the response body of `getFoodSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetFoodSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetFoodSearchResponse>;

/**
 * True when a value matches the response body of `getFoodSearch`.
 */
export declare function isGetFoodSearchResponse(value: unknown): value is T.GetFoodSearchResponse;

/**
 * Checks a value against the request body of `postFoodSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostFoodSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostFoodSearchRequestBody>;

/**
 * True when a value matches the request body of `postFoodSearch`.
 */
export declare function isPostFoodSearchRequestBody(value: unknown): value is T.PostFoodSearchRequestBody;

/**
 * Checks a value against the response body of `postFoodSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostFoodSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostFoodSearchResponse>;

/**
 * True when a value matches the response body of `postFoodSearch`.
 */
export declare function isPostFoodSearchResponse(value: unknown): value is T.PostFoodSearchResponse;

/**
 * Checks a value against the response body of `getLiterature`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetLiteratureResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetLiteratureResponse>;

/**
 * True when a value matches the response body of `getLiterature`.
 */
export declare function isGetLiteratureResponse(value: unknown): value is T.GetLiteratureResponse;

/**
 * Checks a value against the response body of `getLiteratureSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetLiteratureSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetLiteratureSearchResponse>;

/**
 * True when a value matches the response body of `getLiteratureSearch`.
 */
export declare function isGetLiteratureSearchResponse(value: unknown): value is T.GetLiteratureSearchResponse;

/**
 * Checks a value against the request body of `postLiteratureSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostLiteratureSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostLiteratureSearchRequestBody>;

/**
 * True when a value matches the request body of `postLiteratureSearch`.
 */
export declare function isPostLiteratureSearchRequestBody(value: unknown): value is T.PostLiteratureSearchRequestBody;

/**
 * Checks a value against the response body of `postLiteratureSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostLiteratureSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostLiteratureSearchResponse>;

/**
 * True when a value matches the response body of `postLiteratureSearch`.
 */
export declare function isPostLiteratureSearchResponse(value: unknown): value is T.PostLiteratureSearchResponse;

/**
 * Checks a value against the response body of `getLocation`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetLocationResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetLocationResponse>;

/**
 * True when a value matches the response body of `getLocation`.
 */
export declare function isGetLocationResponse(value: unknown): value is T.GetLocationResponse;

/**
 * Checks a value against the response body of `getLocationSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetLocationSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetLocationSearchResponse>;

/**
 * True when a value matches the response body of `getLocationSearch`.
 */
export declare function isGetLocationSearchResponse(value: unknown): value is T.GetLocationSearchResponse;

/**
 * Checks a value against the request body of `postLocationSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostLocationSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostLocationSearchRequestBody>;

/**
 * True when a value matches the request body of `postLocationSearch`.
 */
export declare function isPostLocationSearchRequestBody(value: unknown): value is T.PostLocationSearchRequestBody;

/**
 * Checks a value against the response body of `postLocationSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostLocationSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostLocationSearchResponse>;

/**
 * True when a value matches the response body of `postLocationSearch`.
 */
export declare function isPostLocationSearchResponse(value: unknown): value is T.PostLocationSearchResponse;

/**
 * Checks a value against the response body of `getMagazine`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetMagazineResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetMagazineResponse>;

/**
 * True when a value matches the response body of `getMagazine`.
 */
export declare function isGetMagazineResponse(value: unknown): value is T.GetMagazineResponse;

/**
 * Checks a value against the response body of `getMagazineSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetMagazineSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetMagazineSearchResponse>;

/**
 * True when a value matches the response body of `getMagazineSearch`.
 */
export declare function isGetMagazineSearchResponse(value: unknown): value is T.GetMagazineSearchResponse;

/**
 * Checks a value against the request body of `postMagazineSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostMagazineSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostMagazineSearchRequestBody>;

/**
 * True when a value matches the request body of `postMagazineSearch`.
 */
export declare function isPostMagazineSearchRequestBody(value: unknown): value is T.PostMagazineSearchRequestBody;

/**
 * Checks a value against the response body of `postMagazineSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostMagazineSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostMagazineSearchResponse>;

/**
 * True when a value matches the response body of `postMagazineSearch`.
 */
export declare function isPostMagazineSearchResponse(value: unknown): value is T.PostMagazineSearchResponse;

/**
 * Checks a value against the response body of `getMagazineSeries`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetMagazineSeriesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetMagazineSeriesResponse>;

/**
 * True when a value matches the response body of `getMagazineSeries`.
 */
export declare function isGetMagazineSeriesResponse(value: unknown): value is T.GetMagazineSeriesResponse;

/**
 * Checks a value against the response body of `getMagazineSeriesSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetMagazineSeriesSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetMagazineSeriesSearchResponse>;

/**
 * True when a value matches the response body of `getMagazineSeriesSearch`.
 */
export declare function isGetMagazineSeriesSearchResponse(value: unknown): value is T.GetMagazineSeriesSearchResponse;

/**
 * Checks a value against the request body of `postMagazineSeriesSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostMagazineSeriesSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostMagazineSeriesSearchRequestBody>;

/**
 * True when a value matches the request body of `postMagazineSeriesSearch`.
 */
export declare function isPostMagazineSeriesSearchRequestBody(value: unknown): value is T.PostMagazineSeriesSearchRequestBody;

/**
 * Checks a value against the response body of `postMagazineSeriesSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostMagazineSeriesSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostMagazineSeriesSearchResponse>;

/**
 * True when a value matches the response body of `postMagazineSeriesSearch`.
 */
export declare function isPostMagazineSeriesSearchResponse(value: unknown): value is T.PostMagazineSeriesSearchResponse;

/**
 * Checks a value against the response body of `getMaterial`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetMaterialResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetMaterialResponse>;

/**
 * True when a value matches the response body of `getMaterial`.
 */
export declare function isGetMaterialResponse(value: unknown): value is T.GetMaterialResponse;

/**
 * Checks a value against the response body of `getMaterialSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetMaterialSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetMaterialSearchResponse>;

/**
 * True when a value matches the response body of `getMaterialSearch`.
 */
export declare function isGetMaterialSearchResponse(value: unknown): value is T.GetMaterialSearchResponse;

/**
 * Checks a value against the request body of `postMaterialSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostMaterialSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostMaterialSearchRequestBody>;

/**
 * True when a value matches the request body of `postMaterialSearch`.
 */
export declare function isPostMaterialSearchRequestBody(value: unknown): value is T.PostMaterialSearchRequestBody;

/**
 * Checks a value against the response body of `postMaterialSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostMaterialSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostMaterialSearchResponse>;

/**
 * True when a value matches the response body of `postMaterialSearch`.
 */
export declare function isPostMaterialSearchResponse(value: unknown): value is T.PostMaterialSearchResponse;

/**
 * Checks a value against the response body of `getMedicalCondition`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetMedicalConditionResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetMedicalConditionResponse>;

/**
 * True when a value matches the response body of `getMedicalCondition`.
 */
export declare function isGetMedicalConditionResponse(value: unknown): value is T.GetMedicalConditionResponse;

/**
 * Checks a value against the response body of `getMedicalConditionSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetMedicalConditionSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetMedicalConditionSearchResponse>;

/**
 * True when a value matches the response body of `getMedicalConditionSearch`.
 */
export declare function isGetMedicalConditionSearchResponse(value: unknown): value is T.GetMedicalConditionSearchResponse;

/**
 * Checks a value against the request body of `postMedicalConditionSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostMedicalConditionSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostMedicalConditionSearchRequestBody>;

/**
 * True when a value matches the request body of `postMedicalConditionSearch`.
 */
export declare function isPostMedicalConditionSearchRequestBody(value: unknown): value is T.PostMedicalConditionSearchRequestBody;

/**
 * Checks a value against the response body of `postMedicalConditionSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostMedicalConditionSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostMedicalConditionSearchResponse>;

/**
 * True when a value matches the response body of `postMedicalConditionSearch`.
 */
export declare function isPostMedicalConditionSearchResponse(value: unknown): value is T.PostMedicalConditionSearchResponse;

/**
 * Checks a value against the response body of `getMovie`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetMovieResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetMovieResponse>;

/**
 * True when a value matches the response body of `getMovie`.
 */
export declare function isGetMovieResponse(value: unknown): value is T.GetMovieResponse;

/**
 * Checks a value against the response body of `getMovieSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetMovieSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetMovieSearchResponse>;

/**
 * True when a value matches the response body of `getMovieSearch`.
 */
export declare function isGetMovieSearchResponse(value: unknown): value is T.GetMovieSearchResponse;

/**
 * Checks a value against the request body of `postMovieSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostMovieSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostMovieSearchRequestBody>;

/**
 * True when a value matches the request body of `postMovieSearch`.
 */
export declare function isPostMovieSearchRequestBody(value: unknown): value is T.PostMovieSearchRequestBody;

/**
 * Checks a value against the response body of `postMovieSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostMovieSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostMovieSearchResponse>;

/**
 * True when a value matches the response body of `postMovieSearch`.
 */
export declare function isPostMovieSearchResponse(value: unknown): value is T.PostMovieSearchResponse;

/**
 * Checks a value against the response body of `getOccupation`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetOccupationResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetOccupationResponse>;

/**
 * True when a value matches the response body of `getOccupation`.
 */
export declare function isGetOccupationResponse(value: unknown): value is T.GetOccupationResponse;

/**
 * Checks a value against the response body of `getOccupationSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetOccupationSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetOccupationSearchResponse>;

/**
 * True when a value matches the response body of `getOccupationSearch`.
 */
export declare function isGetOccupationSearchResponse(value: unknown): value is T.GetOccupationSearchResponse;

/**
 * Checks a value against the request body of `postOccupationSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostOccupationSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostOccupationSearchRequestBody>;

/**
 * True when a value matches the request body of `postOccupationSearch`.
 */
export declare function isPostOccupationSearchRequestBody(value: unknown): value is T.PostOccupationSearchRequestBody;

/**
 * Checks a value against the response body of `postOccupationSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostOccupationSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostOccupationSearchResponse>;

/**
 * True when a value matches the response body of `postOccupationSearch`.
 */
export declare function isPostOccupationSearchResponse(value: unknown): value is T.PostOccupationSearchResponse;

/**
 * Checks a value against the response body of `getOrganization`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetOrganizationResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetOrganizationResponse>;

/**
 * True when a value matches the response body of `getOrganization`.
 */
export declare function isGetOrganizationResponse(value: unknown): value is T.GetOrganizationResponse;

/**
 * Checks a value against the response body of `getOrganizationSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetOrganizationSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetOrganizationSearchResponse>;

/**
 * True when a value matches the response body of `getOrganizationSearch`.
 */
export declare function isGetOrganizationSearchResponse(value: unknown): value is T.GetOrganizationSearchResponse;

/**
 * Checks a value against the request body of `postOrganizationSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostOrganizationSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostOrganizationSearchRequestBody>;

/**
 * True when a value matches the request body of `postOrganizationSearch`.
 */
export declare function isPostOrganizationSearchRequestBody(value: unknown): value is T.PostOrganizationSearchRequestBody;

/**
 * Checks a value against the response body of `postOrganizationSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostOrganizationSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostOrganizationSearchResponse>;

/**
 * True when a value matches the response body of `postOrganizationSearch`.
 */
export declare function isPostOrganizationSearchResponse(value: unknown): value is T.PostOrganizationSearchResponse;

/**
 * Checks a value against the response body of `getPerformer`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetPerformerResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetPerformerResponse>;

/**
 * True when a value matches the response body of `getPerformer`.
 */
export declare function isGetPerformerResponse(value: unknown): value is T.GetPerformerResponse;

/**
 * Checks a value against the response body of `getPerformerSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetPerformerSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetPerformerSearchResponse>;

/**
 * True when a value matches the response body of `getPerformerSearch`.
 */
export declare function isGetPerformerSearchResponse(value: unknown): value is T.GetPerformerSearchResponse;

/**
 * Checks a value against the request body of `postPerformerSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostPerformerSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostPerformerSearchRequestBody>;

/**
 * True when a value matches the request body of `postPerformerSearch`.
 */
export declare function isPostPerformerSearchRequestBody(value: unknown): value is T.PostPerformerSearchRequestBody;

/**
 * Checks a value against the response body of `postPerformerSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostPerformerSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostPerformerSearchResponse>;

/**
 * True when a value matches the response body of `postPerformerSearch`.
 */
export declare function isPostPerformerSearchResponse(value: unknown): value is T.PostPerformerSearchResponse;

/**
 * Checks a value against the response body of `getSeason`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetSeasonResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetSeasonResponse>;

/**
 * True when a value matches the response body of `getSeason`.
 */
export declare function isGetSeasonResponse(value: unknown): value is T.GetSeasonResponse;

/**
 * Checks a value against the response body of `getSeasonSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetSeasonSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetSeasonSearchResponse>;

/**
 * True when a value matches the response body of `getSeasonSearch`.
 */
export declare function isGetSeasonSearchResponse(value: unknown): value is T.GetSeasonSearchResponse;

/**
 * Checks a value against the request body of `postSeasonSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostSeasonSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostSeasonSearchRequestBody>;

/**
 * True when a value matches the request body of `postSeasonSearch`.
 */
export declare function isPostSeasonSearchRequestBody(value: unknown): value is T.PostSeasonSearchRequestBody;

/**
 * Checks a value against the response body of `postSeasonSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostSeasonSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostSeasonSearchResponse>;

/**
 * True when a value matches the response body of `postSeasonSearch`.
 */
export declare function isPostSeasonSearchResponse(value: unknown): value is T.PostSeasonSearchResponse;

/**
 * Checks a value against the response body of `getSeries`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetSeriesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetSeriesResponse>;

/**
 * True when a value matches the response body of `getSeries`.
 */
export declare function isGetSeriesResponse(value: unknown): value is T.GetSeriesResponse;

/**
 * Checks a value against the response body of `getSeriesSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetSeriesSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetSeriesSearchResponse>;

/**
 * True when a value matches the response body of `getSeriesSearch`.
 */
export declare function isGetSeriesSearchResponse(value: unknown): value is T.GetSeriesSearchResponse;

/**
 * Checks a value against the request body of `postSeriesSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostSeriesSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostSeriesSearchRequestBody>;

/**
 * True when a value matches the request body of `postSeriesSearch`.
 */
export declare function isPostSeriesSearchRequestBody(value: unknown): value is T.PostSeriesSearchRequestBody;

/**
 * Checks a value against the response body of `postSeriesSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostSeriesSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostSeriesSearchResponse>;

/**
 * True when a value matches the response body of `postSeriesSearch`.
 */
export declare function isPostSeriesSearchResponse(value: unknown): value is T.PostSeriesSearchResponse;

/**
 * Checks a value against the response body of `getSoundtrack`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetSoundtrackResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetSoundtrackResponse>;

/**
 * True when a value matches the response body of `getSoundtrack`.
 */
export declare function isGetSoundtrackResponse(value: unknown): value is T.GetSoundtrackResponse;

/**
 * Checks a value against the response body of `getSoundtrackSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetSoundtrackSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetSoundtrackSearchResponse>;

/**
 * True when a value matches the response body of `getSoundtrackSearch`.
 */
export declare function isGetSoundtrackSearchResponse(value: unknown): value is T.GetSoundtrackSearchResponse;

/**
 * Checks a value against the request body of `postSoundtrackSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostSoundtrackSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostSoundtrackSearchRequestBody>;

/**
 * True when a value matches the request body of `postSoundtrackSearch`.
 */
export declare function isPostSoundtrackSearchRequestBody(value: unknown): value is T.PostSoundtrackSearchRequestBody;

/**
 * Checks a value against the response body of `postSoundtrackSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostSoundtrackSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostSoundtrackSearchResponse>;

/**
 * True when a value matches the response body of `postSoundtrackSearch`.
 */
export declare function isPostSoundtrackSearchResponse(value: unknown): value is T.PostSoundtrackSearchResponse;

/**
 * Checks a value against the response body of `getSpacecraft`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetSpacecraftResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetSpacecraftResponse>;

/**
 * True when a value matches the response body of `getSpacecraft`.
 */
export declare function isGetSpacecraftResponse(value: unknown): value is T.GetSpacecraftResponse;

/**
 * Checks a value against the response body of `getSpacecraftSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetSpacecraftSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetSpacecraftSearchResponse>;

/**
 * True when a value matches the response body of `getSpacecraftSearch`.
 */
export declare function isGetSpacecraftSearchResponse(value: unknown): value is T.GetSpacecraftSearchResponse;

/**
 * Checks a value against the request body of `postSpacecraftSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostSpacecraftSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostSpacecraftSearchRequestBody>;

/**
 * True when a value matches the request body of `postSpacecraftSearch`.
 */
export declare function isPostSpacecraftSearchRequestBody(value: unknown): value is T.PostSpacecraftSearchRequestBody;

/**
 * Checks a value against the response body of `postSpacecraftSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostSpacecraftSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostSpacecraftSearchResponse>;

/**
 * True when a value matches the response body of `postSpacecraftSearch`.
 */
export declare function isPostSpacecraftSearchResponse(value: unknown): value is T.PostSpacecraftSearchResponse;

/**
 * Checks a value against the response body of `getSpacecraftClass`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetSpacecraftClassResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetSpacecraftClassResponse>;

/**
 * True when a value matches the response body of `getSpacecraftClass`.
 */
export declare function isGetSpacecraftClassResponse(value: unknown): value is T.GetSpacecraftClassResponse;

/**
 * Checks a value against the response body of `getSpacecraftClassSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetSpacecraftClassSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetSpacecraftClassSearchResponse>;

/**
 * True when a value matches the response body of `getSpacecraftClassSearch`.
 */
export declare function isGetSpacecraftClassSearchResponse(value: unknown): value is T.GetSpacecraftClassSearchResponse;

/**
 * Checks a value against the request body of `postSpacecraftClassSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostSpacecraftClassSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostSpacecraftClassSearchRequestBody>;

/**
 * True when a value matches the request body of `postSpacecraftClassSearch`.
 */
export declare function isPostSpacecraftClassSearchRequestBody(value: unknown): value is T.PostSpacecraftClassSearchRequestBody;

/**
 * Checks a value against the response body of `postSpacecraftClassSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostSpacecraftClassSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostSpacecraftClassSearchResponse>;

/**
 * True when a value matches the response body of `postSpacecraftClassSearch`.
 */
export declare function isPostSpacecraftClassSearchResponse(value: unknown): value is T.PostSpacecraftClassSearchResponse;

/**
 * Checks a value against the response body of `getSpecies`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetSpeciesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetSpeciesResponse>;

/**
 * True when a value matches the response body of `getSpecies`.
 */
export declare function isGetSpeciesResponse(value: unknown): value is T.GetSpeciesResponse;

/**
 * Checks a value against the response body of `getSpeciesSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetSpeciesSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetSpeciesSearchResponse>;

/**
 * True when a value matches the response body of `getSpeciesSearch`.
 */
export declare function isGetSpeciesSearchResponse(value: unknown): value is T.GetSpeciesSearchResponse;

/**
 * Checks a value against the request body of `postSpeciesSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostSpeciesSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostSpeciesSearchRequestBody>;

/**
 * True when a value matches the request body of `postSpeciesSearch`.
 */
export declare function isPostSpeciesSearchRequestBody(value: unknown): value is T.PostSpeciesSearchRequestBody;

/**
 * Checks a value against the response body of `postSpeciesSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostSpeciesSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostSpeciesSearchResponse>;

/**
 * True when a value matches the response body of `postSpeciesSearch`.
 */
export declare function isPostSpeciesSearchResponse(value: unknown): value is T.PostSpeciesSearchResponse;

/**
 * Checks a value against the response body of `getStaff`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStaffResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStaffResponse>;

/**
 * True when a value matches the response body of `getStaff`.
 */
export declare function isGetStaffResponse(value: unknown): value is T.GetStaffResponse;

/**
 * Checks a value against the response body of `getStaffSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStaffSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStaffSearchResponse>;

/**
 * True when a value matches the response body of `getStaffSearch`.
 */
export declare function isGetStaffSearchResponse(value: unknown): value is T.GetStaffSearchResponse;

/**
 * Checks a value against the request body of `postStaffSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostStaffSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostStaffSearchRequestBody>;

/**
 * True when a value matches the request body of `postStaffSearch`.
 */
export declare function isPostStaffSearchRequestBody(value: unknown): value is T.PostStaffSearchRequestBody;

/**
 * Checks a value against the response body of `postStaffSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostStaffSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostStaffSearchResponse>;

/**
 * True when a value matches the response body of `postStaffSearch`.
 */
export declare function isPostStaffSearchResponse(value: unknown): value is T.PostStaffSearchResponse;

/**
 * Checks a value against the response body of `getTechnology`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetTechnologyResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetTechnologyResponse>;

/**
 * True when a value matches the response body of `getTechnology`.
 */
export declare function isGetTechnologyResponse(value: unknown): value is T.GetTechnologyResponse;

/**
 * Checks a value against the response body of `getTechnologySearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetTechnologySearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetTechnologySearchResponse>;

/**
 * True when a value matches the response body of `getTechnologySearch`.
 */
export declare function isGetTechnologySearchResponse(value: unknown): value is T.GetTechnologySearchResponse;

/**
 * Checks a value against the request body of `postTechnologySearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostTechnologySearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostTechnologySearchRequestBody>;

/**
 * True when a value matches the request body of `postTechnologySearch`.
 */
export declare function isPostTechnologySearchRequestBody(value: unknown): value is T.PostTechnologySearchRequestBody;

/**
 * Checks a value against the response body of `postTechnologySearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostTechnologySearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostTechnologySearchResponse>;

/**
 * True when a value matches the response body of `postTechnologySearch`.
 */
export declare function isPostTechnologySearchResponse(value: unknown): value is T.PostTechnologySearchResponse;

/**
 * Checks a value against the response body of `getTitle`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetTitleResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetTitleResponse>;

/**
 * True when a value matches the response body of `getTitle`.
 */
export declare function isGetTitleResponse(value: unknown): value is T.GetTitleResponse;

/**
 * Checks a value against the response body of `getTitleSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetTitleSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetTitleSearchResponse>;

/**
 * True when a value matches the response body of `getTitleSearch`.
 */
export declare function isGetTitleSearchResponse(value: unknown): value is T.GetTitleSearchResponse;

/**
 * Checks a value against the request body of `postTitleSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostTitleSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostTitleSearchRequestBody>;

/**
 * True when a value matches the request body of `postTitleSearch`.
 */
export declare function isPostTitleSearchRequestBody(value: unknown): value is T.PostTitleSearchRequestBody;

/**
 * Checks a value against the response body of `postTitleSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostTitleSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostTitleSearchResponse>;

/**
 * True when a value matches the response body of `postTitleSearch`.
 */
export declare function isPostTitleSearchResponse(value: unknown): value is T.PostTitleSearchResponse;

/**
 * Checks a value against the response body of `getTradingCard`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetTradingCardResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetTradingCardResponse>;

/**
 * True when a value matches the response body of `getTradingCard`.
 */
export declare function isGetTradingCardResponse(value: unknown): value is T.GetTradingCardResponse;

/**
 * Checks a value against the response body of `getTradingCardSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetTradingCardSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetTradingCardSearchResponse>;

/**
 * True when a value matches the response body of `getTradingCardSearch`.
 */
export declare function isGetTradingCardSearchResponse(value: unknown): value is T.GetTradingCardSearchResponse;

/**
 * Checks a value against the request body of `postTradingCardSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostTradingCardSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostTradingCardSearchRequestBody>;

/**
 * True when a value matches the request body of `postTradingCardSearch`.
 */
export declare function isPostTradingCardSearchRequestBody(value: unknown): value is T.PostTradingCardSearchRequestBody;

/**
 * Checks a value against the response body of `postTradingCardSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostTradingCardSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostTradingCardSearchResponse>;

/**
 * True when a value matches the response body of `postTradingCardSearch`.
 */
export declare function isPostTradingCardSearchResponse(value: unknown): value is T.PostTradingCardSearchResponse;

/**
 * Checks a value against the response body of `getTradingCardDeck`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetTradingCardDeckResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetTradingCardDeckResponse>;

/**
 * True when a value matches the response body of `getTradingCardDeck`.
 */
export declare function isGetTradingCardDeckResponse(value: unknown): value is T.GetTradingCardDeckResponse;

/**
 * Checks a value against the response body of `getTradingCardDeckSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetTradingCardDeckSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetTradingCardDeckSearchResponse>;

/**
 * True when a value matches the response body of `getTradingCardDeckSearch`.
 */
export declare function isGetTradingCardDeckSearchResponse(value: unknown): value is T.GetTradingCardDeckSearchResponse;

/**
 * Checks a value against the request body of `postTradingCardDeckSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostTradingCardDeckSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostTradingCardDeckSearchRequestBody>;

/**
 * True when a value matches the request body of `postTradingCardDeckSearch`.
 */
export declare function isPostTradingCardDeckSearchRequestBody(value: unknown): value is T.PostTradingCardDeckSearchRequestBody;

/**
 * Checks a value against the response body of `postTradingCardDeckSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostTradingCardDeckSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostTradingCardDeckSearchResponse>;

/**
 * True when a value matches the response body of `postTradingCardDeckSearch`.
 */
export declare function isPostTradingCardDeckSearchResponse(value: unknown): value is T.PostTradingCardDeckSearchResponse;

/**
 * Checks a value against the response body of `getTradingCardSet`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetTradingCardSetResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetTradingCardSetResponse>;

/**
 * True when a value matches the response body of `getTradingCardSet`.
 */
export declare function isGetTradingCardSetResponse(value: unknown): value is T.GetTradingCardSetResponse;

/**
 * Checks a value against the response body of `getTradingCardSetSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetTradingCardSetSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetTradingCardSetSearchResponse>;

/**
 * True when a value matches the response body of `getTradingCardSetSearch`.
 */
export declare function isGetTradingCardSetSearchResponse(value: unknown): value is T.GetTradingCardSetSearchResponse;

/**
 * Checks a value against the request body of `postTradingCardSetSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostTradingCardSetSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostTradingCardSetSearchRequestBody>;

/**
 * True when a value matches the request body of `postTradingCardSetSearch`.
 */
export declare function isPostTradingCardSetSearchRequestBody(value: unknown): value is T.PostTradingCardSetSearchRequestBody;

/**
 * Checks a value against the response body of `postTradingCardSetSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostTradingCardSetSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostTradingCardSetSearchResponse>;

/**
 * True when a value matches the response body of `postTradingCardSetSearch`.
 */
export declare function isPostTradingCardSetSearchResponse(value: unknown): value is T.PostTradingCardSetSearchResponse;

/**
 * Checks a value against the response body of `getVideoGame`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetVideoGameResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetVideoGameResponse>;

/**
 * True when a value matches the response body of `getVideoGame`.
 */
export declare function isGetVideoGameResponse(value: unknown): value is T.GetVideoGameResponse;

/**
 * Checks a value against the response body of `getVideoGameSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetVideoGameSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetVideoGameSearchResponse>;

/**
 * True when a value matches the response body of `getVideoGameSearch`.
 */
export declare function isGetVideoGameSearchResponse(value: unknown): value is T.GetVideoGameSearchResponse;

/**
 * Checks a value against the request body of `postVideoGameSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostVideoGameSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostVideoGameSearchRequestBody>;

/**
 * True when a value matches the request body of `postVideoGameSearch`.
 */
export declare function isPostVideoGameSearchRequestBody(value: unknown): value is T.PostVideoGameSearchRequestBody;

/**
 * Checks a value against the response body of `postVideoGameSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostVideoGameSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostVideoGameSearchResponse>;

/**
 * True when a value matches the response body of `postVideoGameSearch`.
 */
export declare function isPostVideoGameSearchResponse(value: unknown): value is T.PostVideoGameSearchResponse;

/**
 * Checks a value against the response body of `getVideoRelease`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetVideoReleaseResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetVideoReleaseResponse>;

/**
 * True when a value matches the response body of `getVideoRelease`.
 */
export declare function isGetVideoReleaseResponse(value: unknown): value is T.GetVideoReleaseResponse;

/**
 * Checks a value against the response body of `getVideoReleaseSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetVideoReleaseSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetVideoReleaseSearchResponse>;

/**
 * True when a value matches the response body of `getVideoReleaseSearch`.
 */
export declare function isGetVideoReleaseSearchResponse(value: unknown): value is T.GetVideoReleaseSearchResponse;

/**
 * Checks a value against the request body of `postVideoReleaseSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostVideoReleaseSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostVideoReleaseSearchRequestBody>;

/**
 * True when a value matches the request body of `postVideoReleaseSearch`.
 */
export declare function isPostVideoReleaseSearchRequestBody(value: unknown): value is T.PostVideoReleaseSearchRequestBody;

/**
 * Checks a value against the response body of `postVideoReleaseSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostVideoReleaseSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostVideoReleaseSearchResponse>;

/**
 * True when a value matches the response body of `postVideoReleaseSearch`.
 */
export declare function isPostVideoReleaseSearchResponse(value: unknown): value is T.PostVideoReleaseSearchResponse;

/**
 * Checks a value against the response body of `getWeapon`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetWeaponResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetWeaponResponse>;

/**
 * True when a value matches the response body of `getWeapon`.
 */
export declare function isGetWeaponResponse(value: unknown): value is T.GetWeaponResponse;

/**
 * Checks a value against the response body of `getWeaponSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetWeaponSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetWeaponSearchResponse>;

/**
 * True when a value matches the response body of `getWeaponSearch`.
 */
export declare function isGetWeaponSearchResponse(value: unknown): value is T.GetWeaponSearchResponse;

/**
 * Checks a value against the request body of `postWeaponSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostWeaponSearchRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.PostWeaponSearchRequestBody>;

/**
 * True when a value matches the request body of `postWeaponSearch`.
 */
export declare function isPostWeaponSearchRequestBody(value: unknown): value is T.PostWeaponSearchRequestBody;

/**
 * Checks a value against the response body of `postWeaponSearch`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validatePostWeaponSearchResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.PostWeaponSearchResponse>;

/**
 * True when a value matches the response body of `postWeaponSearch`.
 */
export declare function isPostWeaponSearchResponse(value: unknown): value is T.PostWeaponSearchResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly AnimalBase: StandardValidator<T.AnimalBase>;
  readonly AnimalBaseResponse: StandardValidator<T.AnimalBaseResponse>;
  readonly AnimalFull: StandardValidator<T.AnimalFull>;
  readonly AnimalFullResponse: StandardValidator<T.AnimalFullResponse>;
  readonly AnimalHeader: StandardValidator<T.AnimalHeader>;
  readonly AstronomicalObjectBase: StandardValidator<T.AstronomicalObjectBase>;
  readonly AstronomicalObjectBaseResponse: StandardValidator<T.AstronomicalObjectBaseResponse>;
  readonly AstronomicalObjectFull: StandardValidator<T.AstronomicalObjectFull>;
  readonly AstronomicalObjectFullResponse: StandardValidator<T.AstronomicalObjectFullResponse>;
  readonly AstronomicalObjectHeader: StandardValidator<T.AstronomicalObjectHeader>;
  readonly AstronomicalObjectType: StandardValidator<T.AstronomicalObjectType>;
  readonly BloodType: StandardValidator<T.BloodType>;
  readonly BookBase: StandardValidator<T.BookBase>;
  readonly BookBaseResponse: StandardValidator<T.BookBaseResponse>;
  readonly BookCollectionBase: StandardValidator<T.BookCollectionBase>;
  readonly BookCollectionBaseResponse: StandardValidator<T.BookCollectionBaseResponse>;
  readonly BookCollectionFull: StandardValidator<T.BookCollectionFull>;
  readonly BookCollectionFullResponse: StandardValidator<T.BookCollectionFullResponse>;
  readonly BookCollectionHeader: StandardValidator<T.BookCollectionHeader>;
  readonly BookFull: StandardValidator<T.BookFull>;
  readonly BookFullResponse: StandardValidator<T.BookFullResponse>;
  readonly BookHeader: StandardValidator<T.BookHeader>;
  readonly BookSeriesBase: StandardValidator<T.BookSeriesBase>;
  readonly BookSeriesBaseResponse: StandardValidator<T.BookSeriesBaseResponse>;
  readonly BookSeriesFull: StandardValidator<T.BookSeriesFull>;
  readonly BookSeriesFullResponse: StandardValidator<T.BookSeriesFullResponse>;
  readonly BookSeriesHeader: StandardValidator<T.BookSeriesHeader>;
  readonly CharacterBase: StandardValidator<T.CharacterBase>;
  readonly CharacterBaseResponse: StandardValidator<T.CharacterBaseResponse>;
  readonly CharacterFull: StandardValidator<T.CharacterFull>;
  readonly CharacterFullResponse: StandardValidator<T.CharacterFullResponse>;
  readonly CharacterHeader: StandardValidator<T.CharacterHeader>;
  readonly CharacterRelation: StandardValidator<T.CharacterRelation>;
  readonly CharacterSpecies: StandardValidator<T.CharacterSpecies>;
  readonly ComicCollectionBase: StandardValidator<T.ComicCollectionBase>;
  readonly ComicCollectionBaseResponse: StandardValidator<T.ComicCollectionBaseResponse>;
  readonly ComicCollectionFull: StandardValidator<T.ComicCollectionFull>;
  readonly ComicCollectionFullResponse: StandardValidator<T.ComicCollectionFullResponse>;
  readonly ComicCollectionHeader: StandardValidator<T.ComicCollectionHeader>;
  readonly ComicSeriesBase: StandardValidator<T.ComicSeriesBase>;
  readonly ComicSeriesBaseResponse: StandardValidator<T.ComicSeriesBaseResponse>;
  readonly ComicSeriesFull: StandardValidator<T.ComicSeriesFull>;
  readonly ComicSeriesFullResponse: StandardValidator<T.ComicSeriesFullResponse>;
  readonly ComicSeriesHeader: StandardValidator<T.ComicSeriesHeader>;
  readonly ComicStripBase: StandardValidator<T.ComicStripBase>;
  readonly ComicStripBaseResponse: StandardValidator<T.ComicStripBaseResponse>;
  readonly ComicStripFull: StandardValidator<T.ComicStripFull>;
  readonly ComicStripFullResponse: StandardValidator<T.ComicStripFullResponse>;
  readonly ComicStripHeader: StandardValidator<T.ComicStripHeader>;
  readonly ComicsBase: StandardValidator<T.ComicsBase>;
  readonly ComicsBaseResponse: StandardValidator<T.ComicsBaseResponse>;
  readonly ComicsFull: StandardValidator<T.ComicsFull>;
  readonly ComicsFullResponse: StandardValidator<T.ComicsFullResponse>;
  readonly ComicsHeader: StandardValidator<T.ComicsHeader>;
  readonly CompanyBase: StandardValidator<T.CompanyBase>;
  readonly CompanyBaseResponse: StandardValidator<T.CompanyBaseResponse>;
  readonly CompanyFull: StandardValidator<T.CompanyFull>;
  readonly CompanyFullResponse: StandardValidator<T.CompanyFullResponse>;
  readonly CompanyHeader: StandardValidator<T.CompanyHeader>;
  readonly ConflictBase: StandardValidator<T.ConflictBase>;
  readonly ConflictBaseResponse: StandardValidator<T.ConflictBaseResponse>;
  readonly ConflictFull: StandardValidator<T.ConflictFull>;
  readonly ConflictFullResponse: StandardValidator<T.ConflictFullResponse>;
  readonly ConflictHeader: StandardValidator<T.ConflictHeader>;
  readonly ContentLanguage: StandardValidator<T.ContentLanguage>;
  readonly ContentRating: StandardValidator<T.ContentRating>;
  readonly ContentRatingSystem: StandardValidator<T.ContentRatingSystem>;
  readonly Country: StandardValidator<T.Country>;
  readonly ElementBase: StandardValidator<T.ElementBase>;
  readonly ElementBaseResponse: StandardValidator<T.ElementBaseResponse>;
  readonly ElementFull: StandardValidator<T.ElementFull>;
  readonly ElementFullResponse: StandardValidator<T.ElementFullResponse>;
  readonly ElementHeader: StandardValidator<T.ElementHeader>;
  readonly EpisodeBase: StandardValidator<T.EpisodeBase>;
  readonly EpisodeBaseResponse: StandardValidator<T.EpisodeBaseResponse>;
  readonly EpisodeFull: StandardValidator<T.EpisodeFull>;
  readonly EpisodeFullResponse: StandardValidator<T.EpisodeFullResponse>;
  readonly EpisodeHeader: StandardValidator<T.EpisodeHeader>;
  readonly Error: StandardValidator<T.Error>;
  readonly FoodBase: StandardValidator<T.FoodBase>;
  readonly FoodBaseResponse: StandardValidator<T.FoodBaseResponse>;
  readonly FoodFull: StandardValidator<T.FoodFull>;
  readonly FoodFullResponse: StandardValidator<T.FoodFullResponse>;
  readonly FoodHeader: StandardValidator<T.FoodHeader>;
  readonly Gender: StandardValidator<T.Gender>;
  readonly Genre: StandardValidator<T.Genre>;
  readonly LiteratureBase: StandardValidator<T.LiteratureBase>;
  readonly LiteratureBaseResponse: StandardValidator<T.LiteratureBaseResponse>;
  readonly LiteratureFull: StandardValidator<T.LiteratureFull>;
  readonly LiteratureFullResponse: StandardValidator<T.LiteratureFullResponse>;
  readonly LiteratureHeader: StandardValidator<T.LiteratureHeader>;
  readonly LocationBase: StandardValidator<T.LocationBase>;
  readonly LocationBaseResponse: StandardValidator<T.LocationBaseResponse>;
  readonly LocationFull: StandardValidator<T.LocationFull>;
  readonly LocationFullResponse: StandardValidator<T.LocationFullResponse>;
  readonly LocationHeader: StandardValidator<T.LocationHeader>;
  readonly MagazineBase: StandardValidator<T.MagazineBase>;
  readonly MagazineBaseResponse: StandardValidator<T.MagazineBaseResponse>;
  readonly MagazineFull: StandardValidator<T.MagazineFull>;
  readonly MagazineFullResponse: StandardValidator<T.MagazineFullResponse>;
  readonly MagazineHeader: StandardValidator<T.MagazineHeader>;
  readonly MagazineSeriesBase: StandardValidator<T.MagazineSeriesBase>;
  readonly MagazineSeriesBaseResponse: StandardValidator<T.MagazineSeriesBaseResponse>;
  readonly MagazineSeriesFull: StandardValidator<T.MagazineSeriesFull>;
  readonly MagazineSeriesFullResponse: StandardValidator<T.MagazineSeriesFullResponse>;
  readonly MagazineSeriesHeader: StandardValidator<T.MagazineSeriesHeader>;
  readonly MaritalStatus: StandardValidator<T.MaritalStatus>;
  readonly MaterialBase: StandardValidator<T.MaterialBase>;
  readonly MaterialBaseResponse: StandardValidator<T.MaterialBaseResponse>;
  readonly MaterialFull: StandardValidator<T.MaterialFull>;
  readonly MaterialFullResponse: StandardValidator<T.MaterialFullResponse>;
  readonly MaterialHeader: StandardValidator<T.MaterialHeader>;
  readonly MedicalConditionBase: StandardValidator<T.MedicalConditionBase>;
  readonly MedicalConditionBaseResponse: StandardValidator<T.MedicalConditionBaseResponse>;
  readonly MedicalConditionFull: StandardValidator<T.MedicalConditionFull>;
  readonly MedicalConditionFullResponse: StandardValidator<T.MedicalConditionFullResponse>;
  readonly MedicalConditionHeader: StandardValidator<T.MedicalConditionHeader>;
  readonly MovieBase: StandardValidator<T.MovieBase>;
  readonly MovieBaseResponse: StandardValidator<T.MovieBaseResponse>;
  readonly MovieFull: StandardValidator<T.MovieFull>;
  readonly MovieFullResponse: StandardValidator<T.MovieFullResponse>;
  readonly MovieHeader: StandardValidator<T.MovieHeader>;
  readonly OccupationBase: StandardValidator<T.OccupationBase>;
  readonly OccupationBaseResponse: StandardValidator<T.OccupationBaseResponse>;
  readonly OccupationFull: StandardValidator<T.OccupationFull>;
  readonly OccupationFullResponse: StandardValidator<T.OccupationFullResponse>;
  readonly OccupationHeader: StandardValidator<T.OccupationHeader>;
  readonly OrganizationBase: StandardValidator<T.OrganizationBase>;
  readonly OrganizationBaseResponse: StandardValidator<T.OrganizationBaseResponse>;
  readonly OrganizationFull: StandardValidator<T.OrganizationFull>;
  readonly OrganizationFullResponse: StandardValidator<T.OrganizationFullResponse>;
  readonly OrganizationHeader: StandardValidator<T.OrganizationHeader>;
  readonly PerformerBase: StandardValidator<T.PerformerBase>;
  readonly PerformerBaseResponse: StandardValidator<T.PerformerBaseResponse>;
  readonly PerformerFull: StandardValidator<T.PerformerFull>;
  readonly PerformerFullResponse: StandardValidator<T.PerformerFullResponse>;
  readonly PerformerHeader: StandardValidator<T.PerformerHeader>;
  readonly Platform: StandardValidator<T.Platform>;
  readonly ProductionRunUnit: StandardValidator<T.ProductionRunUnit>;
  readonly Reference: StandardValidator<T.Reference>;
  readonly ReferenceType: StandardValidator<T.ReferenceType>;
  readonly ResponsePage: StandardValidator<T.ResponsePage>;
  readonly ResponseSort: StandardValidator<T.ResponseSort>;
  readonly ResponseSortClause: StandardValidator<T.ResponseSortClause>;
  readonly ResponseSortDirection: StandardValidator<T.ResponseSortDirection>;
  readonly SeasonBase: StandardValidator<T.SeasonBase>;
  readonly SeasonBaseResponse: StandardValidator<T.SeasonBaseResponse>;
  readonly SeasonFull: StandardValidator<T.SeasonFull>;
  readonly SeasonFullResponse: StandardValidator<T.SeasonFullResponse>;
  readonly SeasonHeader: StandardValidator<T.SeasonHeader>;
  readonly SeriesBase: StandardValidator<T.SeriesBase>;
  readonly SeriesBaseResponse: StandardValidator<T.SeriesBaseResponse>;
  readonly SeriesFull: StandardValidator<T.SeriesFull>;
  readonly SeriesFullResponse: StandardValidator<T.SeriesFullResponse>;
  readonly SeriesHeader: StandardValidator<T.SeriesHeader>;
  readonly SoundtrackBase: StandardValidator<T.SoundtrackBase>;
  readonly SoundtrackBaseResponse: StandardValidator<T.SoundtrackBaseResponse>;
  readonly SoundtrackFull: StandardValidator<T.SoundtrackFull>;
  readonly SoundtrackFullResponse: StandardValidator<T.SoundtrackFullResponse>;
  readonly SoundtrackHeader: StandardValidator<T.SoundtrackHeader>;
  readonly SpacecraftBase: StandardValidator<T.SpacecraftBase>;
  readonly SpacecraftBaseResponse: StandardValidator<T.SpacecraftBaseResponse>;
  readonly SpacecraftClassBase: StandardValidator<T.SpacecraftClassBase>;
  readonly SpacecraftClassBaseResponse: StandardValidator<T.SpacecraftClassBaseResponse>;
  readonly SpacecraftClassFull: StandardValidator<T.SpacecraftClassFull>;
  readonly SpacecraftClassFullResponse: StandardValidator<T.SpacecraftClassFullResponse>;
  readonly SpacecraftClassHeader: StandardValidator<T.SpacecraftClassHeader>;
  readonly SpacecraftFull: StandardValidator<T.SpacecraftFull>;
  readonly SpacecraftFullResponse: StandardValidator<T.SpacecraftFullResponse>;
  readonly SpacecraftHeader: StandardValidator<T.SpacecraftHeader>;
  readonly SpacecraftType: StandardValidator<T.SpacecraftType>;
  readonly SpeciesBase: StandardValidator<T.SpeciesBase>;
  readonly SpeciesBaseResponse: StandardValidator<T.SpeciesBaseResponse>;
  readonly SpeciesFull: StandardValidator<T.SpeciesFull>;
  readonly SpeciesFullResponse: StandardValidator<T.SpeciesFullResponse>;
  readonly SpeciesHeader: StandardValidator<T.SpeciesHeader>;
  readonly StaffBase: StandardValidator<T.StaffBase>;
  readonly StaffBaseResponse: StandardValidator<T.StaffBaseResponse>;
  readonly StaffFull: StandardValidator<T.StaffFull>;
  readonly StaffFullResponse: StandardValidator<T.StaffFullResponse>;
  readonly StaffHeader: StandardValidator<T.StaffHeader>;
  readonly TechnologyBase: StandardValidator<T.TechnologyBase>;
  readonly TechnologyBaseResponse: StandardValidator<T.TechnologyBaseResponse>;
  readonly TechnologyFull: StandardValidator<T.TechnologyFull>;
  readonly TechnologyFullResponse: StandardValidator<T.TechnologyFullResponse>;
  readonly TechnologyHeader: StandardValidator<T.TechnologyHeader>;
  readonly TitleBase: StandardValidator<T.TitleBase>;
  readonly TitleBaseResponse: StandardValidator<T.TitleBaseResponse>;
  readonly TitleFull: StandardValidator<T.TitleFull>;
  readonly TitleFullResponse: StandardValidator<T.TitleFullResponse>;
  readonly TitleHeader: StandardValidator<T.TitleHeader>;
  readonly TradingCardBase: StandardValidator<T.TradingCardBase>;
  readonly TradingCardBaseResponse: StandardValidator<T.TradingCardBaseResponse>;
  readonly TradingCardDeckBase: StandardValidator<T.TradingCardDeckBase>;
  readonly TradingCardDeckBaseResponse: StandardValidator<T.TradingCardDeckBaseResponse>;
  readonly TradingCardDeckFull: StandardValidator<T.TradingCardDeckFull>;
  readonly TradingCardDeckFullResponse: StandardValidator<T.TradingCardDeckFullResponse>;
  readonly TradingCardDeckHeader: StandardValidator<T.TradingCardDeckHeader>;
  readonly TradingCardFull: StandardValidator<T.TradingCardFull>;
  readonly TradingCardFullResponse: StandardValidator<T.TradingCardFullResponse>;
  readonly TradingCardHeader: StandardValidator<T.TradingCardHeader>;
  readonly TradingCardSetBase: StandardValidator<T.TradingCardSetBase>;
  readonly TradingCardSetBaseResponse: StandardValidator<T.TradingCardSetBaseResponse>;
  readonly TradingCardSetFull: StandardValidator<T.TradingCardSetFull>;
  readonly TradingCardSetFullResponse: StandardValidator<T.TradingCardSetFullResponse>;
  readonly TradingCardSetHeader: StandardValidator<T.TradingCardSetHeader>;
  readonly VideoGameBase: StandardValidator<T.VideoGameBase>;
  readonly VideoGameBaseResponse: StandardValidator<T.VideoGameBaseResponse>;
  readonly VideoGameFull: StandardValidator<T.VideoGameFull>;
  readonly VideoGameFullResponse: StandardValidator<T.VideoGameFullResponse>;
  readonly VideoGameHeader: StandardValidator<T.VideoGameHeader>;
  readonly VideoReleaseBase: StandardValidator<T.VideoReleaseBase>;
  readonly VideoReleaseBaseResponse: StandardValidator<T.VideoReleaseBaseResponse>;
  readonly VideoReleaseFormat: StandardValidator<T.VideoReleaseFormat>;
  readonly VideoReleaseFull: StandardValidator<T.VideoReleaseFull>;
  readonly VideoReleaseFullResponse: StandardValidator<T.VideoReleaseFullResponse>;
  readonly VideoReleaseHeader: StandardValidator<T.VideoReleaseHeader>;
  readonly WeaponBase: StandardValidator<T.WeaponBase>;
  readonly WeaponBaseResponse: StandardValidator<T.WeaponBaseResponse>;
  readonly WeaponFull: StandardValidator<T.WeaponFull>;
  readonly WeaponFullResponse: StandardValidator<T.WeaponFullResponse>;
  readonly WeaponHeader: StandardValidator<T.WeaponHeader>;
  readonly GetAnimalResponse: StandardValidator<T.GetAnimalResponse>;
  readonly GetAnimalSearchResponse: StandardValidator<T.GetAnimalSearchResponse>;
  readonly PostAnimalSearchRequestBody: StandardValidator<T.PostAnimalSearchRequestBody>;
  readonly PostAnimalSearchResponse: StandardValidator<T.PostAnimalSearchResponse>;
  readonly GetAstronomicalObjectResponse: StandardValidator<T.GetAstronomicalObjectResponse>;
  readonly GetAstronomicalObjectSearchResponse: StandardValidator<T.GetAstronomicalObjectSearchResponse>;
  readonly PostAstronomicalObjectSearchRequestBody: StandardValidator<T.PostAstronomicalObjectSearchRequestBody>;
  readonly PostAstronomicalObjectSearchResponse: StandardValidator<T.PostAstronomicalObjectSearchResponse>;
  readonly GetBookResponse: StandardValidator<T.GetBookResponse>;
  readonly GetBookSearchResponse: StandardValidator<T.GetBookSearchResponse>;
  readonly PostBookSearchRequestBody: StandardValidator<T.PostBookSearchRequestBody>;
  readonly PostBookSearchResponse: StandardValidator<T.PostBookSearchResponse>;
  readonly GetBookCollectionResponse: StandardValidator<T.GetBookCollectionResponse>;
  readonly GetBookCollectionSearchResponse: StandardValidator<T.GetBookCollectionSearchResponse>;
  readonly PostBookCollectionSearchRequestBody: StandardValidator<T.PostBookCollectionSearchRequestBody>;
  readonly PostBookCollectionSearchResponse: StandardValidator<T.PostBookCollectionSearchResponse>;
  readonly GetBookSeriesResponse: StandardValidator<T.GetBookSeriesResponse>;
  readonly GetBookSeriesSearchResponse: StandardValidator<T.GetBookSeriesSearchResponse>;
  readonly PostBookSeriesSearchRequestBody: StandardValidator<T.PostBookSeriesSearchRequestBody>;
  readonly PostBookSeriesSearchResponse: StandardValidator<T.PostBookSeriesSearchResponse>;
  readonly GetCharacterResponse: StandardValidator<T.GetCharacterResponse>;
  readonly GetCharacterSearchResponse: StandardValidator<T.GetCharacterSearchResponse>;
  readonly PostCharacterSearchRequestBody: StandardValidator<T.PostCharacterSearchRequestBody>;
  readonly PostCharacterSearchResponse: StandardValidator<T.PostCharacterSearchResponse>;
  readonly GetComicCollectionResponse: StandardValidator<T.GetComicCollectionResponse>;
  readonly GetComicCollectionSearchResponse: StandardValidator<T.GetComicCollectionSearchResponse>;
  readonly PostComicCollectionSearchRequestBody: StandardValidator<T.PostComicCollectionSearchRequestBody>;
  readonly PostComicCollectionSearchResponse: StandardValidator<T.PostComicCollectionSearchResponse>;
  readonly GetComicSeriesResponse: StandardValidator<T.GetComicSeriesResponse>;
  readonly GetComicSeriesSearchResponse: StandardValidator<T.GetComicSeriesSearchResponse>;
  readonly PostComicSeriesSearchRequestBody: StandardValidator<T.PostComicSeriesSearchRequestBody>;
  readonly PostComicSeriesSearchResponse: StandardValidator<T.PostComicSeriesSearchResponse>;
  readonly GetComicStripResponse: StandardValidator<T.GetComicStripResponse>;
  readonly GetComicStripSearchResponse: StandardValidator<T.GetComicStripSearchResponse>;
  readonly PostComicStripSearchRequestBody: StandardValidator<T.PostComicStripSearchRequestBody>;
  readonly PostComicStripSearchResponse: StandardValidator<T.PostComicStripSearchResponse>;
  readonly GetComicsResponse: StandardValidator<T.GetComicsResponse>;
  readonly GetComicsSearchResponse: StandardValidator<T.GetComicsSearchResponse>;
  readonly PostComicsSearchRequestBody: StandardValidator<T.PostComicsSearchRequestBody>;
  readonly PostComicsSearchResponse: StandardValidator<T.PostComicsSearchResponse>;
  readonly GetCompanyResponse: StandardValidator<T.GetCompanyResponse>;
  readonly GetCompanySearchResponse: StandardValidator<T.GetCompanySearchResponse>;
  readonly PostCompanySearchRequestBody: StandardValidator<T.PostCompanySearchRequestBody>;
  readonly PostCompanySearchResponse: StandardValidator<T.PostCompanySearchResponse>;
  readonly GetConflictResponse: StandardValidator<T.GetConflictResponse>;
  readonly GetConflictSearchResponse: StandardValidator<T.GetConflictSearchResponse>;
  readonly PostConflictSearchRequestBody: StandardValidator<T.PostConflictSearchRequestBody>;
  readonly PostConflictSearchResponse: StandardValidator<T.PostConflictSearchResponse>;
  readonly GetElementResponse: StandardValidator<T.GetElementResponse>;
  readonly GetElementSearchResponse: StandardValidator<T.GetElementSearchResponse>;
  readonly PostElementSearchRequestBody: StandardValidator<T.PostElementSearchRequestBody>;
  readonly PostElementSearchResponse: StandardValidator<T.PostElementSearchResponse>;
  readonly GetEpisodeResponse: StandardValidator<T.GetEpisodeResponse>;
  readonly GetEpisodeSearchResponse: StandardValidator<T.GetEpisodeSearchResponse>;
  readonly PostEpisodeSearchRequestBody: StandardValidator<T.PostEpisodeSearchRequestBody>;
  readonly PostEpisodeSearchResponse: StandardValidator<T.PostEpisodeSearchResponse>;
  readonly GetFoodResponse: StandardValidator<T.GetFoodResponse>;
  readonly GetFoodSearchResponse: StandardValidator<T.GetFoodSearchResponse>;
  readonly PostFoodSearchRequestBody: StandardValidator<T.PostFoodSearchRequestBody>;
  readonly PostFoodSearchResponse: StandardValidator<T.PostFoodSearchResponse>;
  readonly GetLiteratureResponse: StandardValidator<T.GetLiteratureResponse>;
  readonly GetLiteratureSearchResponse: StandardValidator<T.GetLiteratureSearchResponse>;
  readonly PostLiteratureSearchRequestBody: StandardValidator<T.PostLiteratureSearchRequestBody>;
  readonly PostLiteratureSearchResponse: StandardValidator<T.PostLiteratureSearchResponse>;
  readonly GetLocationResponse: StandardValidator<T.GetLocationResponse>;
  readonly GetLocationSearchResponse: StandardValidator<T.GetLocationSearchResponse>;
  readonly PostLocationSearchRequestBody: StandardValidator<T.PostLocationSearchRequestBody>;
  readonly PostLocationSearchResponse: StandardValidator<T.PostLocationSearchResponse>;
  readonly GetMagazineResponse: StandardValidator<T.GetMagazineResponse>;
  readonly GetMagazineSearchResponse: StandardValidator<T.GetMagazineSearchResponse>;
  readonly PostMagazineSearchRequestBody: StandardValidator<T.PostMagazineSearchRequestBody>;
  readonly PostMagazineSearchResponse: StandardValidator<T.PostMagazineSearchResponse>;
  readonly GetMagazineSeriesResponse: StandardValidator<T.GetMagazineSeriesResponse>;
  readonly GetMagazineSeriesSearchResponse: StandardValidator<T.GetMagazineSeriesSearchResponse>;
  readonly PostMagazineSeriesSearchRequestBody: StandardValidator<T.PostMagazineSeriesSearchRequestBody>;
  readonly PostMagazineSeriesSearchResponse: StandardValidator<T.PostMagazineSeriesSearchResponse>;
  readonly GetMaterialResponse: StandardValidator<T.GetMaterialResponse>;
  readonly GetMaterialSearchResponse: StandardValidator<T.GetMaterialSearchResponse>;
  readonly PostMaterialSearchRequestBody: StandardValidator<T.PostMaterialSearchRequestBody>;
  readonly PostMaterialSearchResponse: StandardValidator<T.PostMaterialSearchResponse>;
  readonly GetMedicalConditionResponse: StandardValidator<T.GetMedicalConditionResponse>;
  readonly GetMedicalConditionSearchResponse: StandardValidator<T.GetMedicalConditionSearchResponse>;
  readonly PostMedicalConditionSearchRequestBody: StandardValidator<T.PostMedicalConditionSearchRequestBody>;
  readonly PostMedicalConditionSearchResponse: StandardValidator<T.PostMedicalConditionSearchResponse>;
  readonly GetMovieResponse: StandardValidator<T.GetMovieResponse>;
  readonly GetMovieSearchResponse: StandardValidator<T.GetMovieSearchResponse>;
  readonly PostMovieSearchRequestBody: StandardValidator<T.PostMovieSearchRequestBody>;
  readonly PostMovieSearchResponse: StandardValidator<T.PostMovieSearchResponse>;
  readonly GetOccupationResponse: StandardValidator<T.GetOccupationResponse>;
  readonly GetOccupationSearchResponse: StandardValidator<T.GetOccupationSearchResponse>;
  readonly PostOccupationSearchRequestBody: StandardValidator<T.PostOccupationSearchRequestBody>;
  readonly PostOccupationSearchResponse: StandardValidator<T.PostOccupationSearchResponse>;
  readonly GetOrganizationResponse: StandardValidator<T.GetOrganizationResponse>;
  readonly GetOrganizationSearchResponse: StandardValidator<T.GetOrganizationSearchResponse>;
  readonly PostOrganizationSearchRequestBody: StandardValidator<T.PostOrganizationSearchRequestBody>;
  readonly PostOrganizationSearchResponse: StandardValidator<T.PostOrganizationSearchResponse>;
  readonly GetPerformerResponse: StandardValidator<T.GetPerformerResponse>;
  readonly GetPerformerSearchResponse: StandardValidator<T.GetPerformerSearchResponse>;
  readonly PostPerformerSearchRequestBody: StandardValidator<T.PostPerformerSearchRequestBody>;
  readonly PostPerformerSearchResponse: StandardValidator<T.PostPerformerSearchResponse>;
  readonly GetSeasonResponse: StandardValidator<T.GetSeasonResponse>;
  readonly GetSeasonSearchResponse: StandardValidator<T.GetSeasonSearchResponse>;
  readonly PostSeasonSearchRequestBody: StandardValidator<T.PostSeasonSearchRequestBody>;
  readonly PostSeasonSearchResponse: StandardValidator<T.PostSeasonSearchResponse>;
  readonly GetSeriesResponse: StandardValidator<T.GetSeriesResponse>;
  readonly GetSeriesSearchResponse: StandardValidator<T.GetSeriesSearchResponse>;
  readonly PostSeriesSearchRequestBody: StandardValidator<T.PostSeriesSearchRequestBody>;
  readonly PostSeriesSearchResponse: StandardValidator<T.PostSeriesSearchResponse>;
  readonly GetSoundtrackResponse: StandardValidator<T.GetSoundtrackResponse>;
  readonly GetSoundtrackSearchResponse: StandardValidator<T.GetSoundtrackSearchResponse>;
  readonly PostSoundtrackSearchRequestBody: StandardValidator<T.PostSoundtrackSearchRequestBody>;
  readonly PostSoundtrackSearchResponse: StandardValidator<T.PostSoundtrackSearchResponse>;
  readonly GetSpacecraftResponse: StandardValidator<T.GetSpacecraftResponse>;
  readonly GetSpacecraftSearchResponse: StandardValidator<T.GetSpacecraftSearchResponse>;
  readonly PostSpacecraftSearchRequestBody: StandardValidator<T.PostSpacecraftSearchRequestBody>;
  readonly PostSpacecraftSearchResponse: StandardValidator<T.PostSpacecraftSearchResponse>;
  readonly GetSpacecraftClassResponse: StandardValidator<T.GetSpacecraftClassResponse>;
  readonly GetSpacecraftClassSearchResponse: StandardValidator<T.GetSpacecraftClassSearchResponse>;
  readonly PostSpacecraftClassSearchRequestBody: StandardValidator<T.PostSpacecraftClassSearchRequestBody>;
  readonly PostSpacecraftClassSearchResponse: StandardValidator<T.PostSpacecraftClassSearchResponse>;
  readonly GetSpeciesResponse: StandardValidator<T.GetSpeciesResponse>;
  readonly GetSpeciesSearchResponse: StandardValidator<T.GetSpeciesSearchResponse>;
  readonly PostSpeciesSearchRequestBody: StandardValidator<T.PostSpeciesSearchRequestBody>;
  readonly PostSpeciesSearchResponse: StandardValidator<T.PostSpeciesSearchResponse>;
  readonly GetStaffResponse: StandardValidator<T.GetStaffResponse>;
  readonly GetStaffSearchResponse: StandardValidator<T.GetStaffSearchResponse>;
  readonly PostStaffSearchRequestBody: StandardValidator<T.PostStaffSearchRequestBody>;
  readonly PostStaffSearchResponse: StandardValidator<T.PostStaffSearchResponse>;
  readonly GetTechnologyResponse: StandardValidator<T.GetTechnologyResponse>;
  readonly GetTechnologySearchResponse: StandardValidator<T.GetTechnologySearchResponse>;
  readonly PostTechnologySearchRequestBody: StandardValidator<T.PostTechnologySearchRequestBody>;
  readonly PostTechnologySearchResponse: StandardValidator<T.PostTechnologySearchResponse>;
  readonly GetTitleResponse: StandardValidator<T.GetTitleResponse>;
  readonly GetTitleSearchResponse: StandardValidator<T.GetTitleSearchResponse>;
  readonly PostTitleSearchRequestBody: StandardValidator<T.PostTitleSearchRequestBody>;
  readonly PostTitleSearchResponse: StandardValidator<T.PostTitleSearchResponse>;
  readonly GetTradingCardResponse: StandardValidator<T.GetTradingCardResponse>;
  readonly GetTradingCardSearchResponse: StandardValidator<T.GetTradingCardSearchResponse>;
  readonly PostTradingCardSearchRequestBody: StandardValidator<T.PostTradingCardSearchRequestBody>;
  readonly PostTradingCardSearchResponse: StandardValidator<T.PostTradingCardSearchResponse>;
  readonly GetTradingCardDeckResponse: StandardValidator<T.GetTradingCardDeckResponse>;
  readonly GetTradingCardDeckSearchResponse: StandardValidator<T.GetTradingCardDeckSearchResponse>;
  readonly PostTradingCardDeckSearchRequestBody: StandardValidator<T.PostTradingCardDeckSearchRequestBody>;
  readonly PostTradingCardDeckSearchResponse: StandardValidator<T.PostTradingCardDeckSearchResponse>;
  readonly GetTradingCardSetResponse: StandardValidator<T.GetTradingCardSetResponse>;
  readonly GetTradingCardSetSearchResponse: StandardValidator<T.GetTradingCardSetSearchResponse>;
  readonly PostTradingCardSetSearchRequestBody: StandardValidator<T.PostTradingCardSetSearchRequestBody>;
  readonly PostTradingCardSetSearchResponse: StandardValidator<T.PostTradingCardSetSearchResponse>;
  readonly GetVideoGameResponse: StandardValidator<T.GetVideoGameResponse>;
  readonly GetVideoGameSearchResponse: StandardValidator<T.GetVideoGameSearchResponse>;
  readonly PostVideoGameSearchRequestBody: StandardValidator<T.PostVideoGameSearchRequestBody>;
  readonly PostVideoGameSearchResponse: StandardValidator<T.PostVideoGameSearchResponse>;
  readonly GetVideoReleaseResponse: StandardValidator<T.GetVideoReleaseResponse>;
  readonly GetVideoReleaseSearchResponse: StandardValidator<T.GetVideoReleaseSearchResponse>;
  readonly PostVideoReleaseSearchRequestBody: StandardValidator<T.PostVideoReleaseSearchRequestBody>;
  readonly PostVideoReleaseSearchResponse: StandardValidator<T.PostVideoReleaseSearchResponse>;
  readonly GetWeaponResponse: StandardValidator<T.GetWeaponResponse>;
  readonly GetWeaponSearchResponse: StandardValidator<T.GetWeaponSearchResponse>;
  readonly PostWeaponSearchRequestBody: StandardValidator<T.PostWeaponSearchRequestBody>;
  readonly PostWeaponSearchResponse: StandardValidator<T.PostWeaponSearchResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
