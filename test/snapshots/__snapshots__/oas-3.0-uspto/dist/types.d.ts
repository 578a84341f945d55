export type DataSetList = {
    total?: number;
    apis?: {
        /**
         * To be used as a dataset parameter value
         */
        apiKey?: string;
        /**
         * To be used as a version parameter value
         */
        apiVersionNumber?: string;
        /**
         * The URL describing the dataset's fields
         *
         * Format: uriref
         */
        apiUrl?: string;
        /**
         * A URL to the API console for each API
         *
         * Format: uriref
         */
        apiDocumentationUrl?: string;
    }[];
};
/**
 * GET /
 */
export type ListDataSetsParameters = {
    [key: string]: never;
};
/**
 * List available data sets
 */
export type ListDataSetsRequestBody = never;
/**
 * List available data sets
 */
export type ListDataSetsResponse = DataSetList;
/**
 * GET /{dataset}/{version}/fields
 */
export type ListSearchableFieldsParameters = {
    path: {
        /**
         * Name of the dataset.
         */
        dataset: string;
        /**
         * Version of the dataset.
         */
        version: string;
    };
};
/**
 * Provides the general information about the API and the list of fields that can be used to query the dataset.
 */
export type ListSearchableFieldsRequestBody = never;
/**
 * Provides the general information about the API and the list of fields that can be used to query the dataset.
 */
export type ListSearchableFieldsResponse = string;
/**
 * POST /{dataset}/{version}/records
 */
export type PerformSearchParameters = {
    path: {
        /**
         * Version of the dataset.
         */
        version: string;
        /**
         * Name of the dataset. In this case, the default value is oa_citations
         */
        dataset: string;
    };
};
/**
 * Provides search capability for the data set with the given search criteria.
 */
export type PerformSearchRequestBody = {
    /**
     * Uses Lucene Query Syntax in the format of propertyName:value, propertyName:[num1 TO num2] and date range format: propertyName:[yyyyMMdd TO yyyyMMdd]. In the response please see the 'docs' element which has the list of record objects. Each record structure would consist of all the fields and their corresponding values.
     *
     * Default: "*:*"
     */
    criteria: string;
    /**
     * Starting record number. Default value is 0.
     *
     * Default: 0
     */
    start?: number;
    /**
     * Specify number of rows to be returned. If you run the search with default values, in the response you will see 'numFound' attribute which will tell the number of records available in the dataset.
     *
     * Default: 100
     */
    rows?: number;
};
/**
 * Provides search capability for the data set with the given search criteria.
 */
export type PerformSearchResponse = {
    [key: string]: {
        [key: string]: unknown;
    };
}[];
