/**
 * POST /documents
 */
export type UploadDocumentParameters = {
    [key: string]: never;
};
export type UploadDocumentRequestBody = {
    /**
     * The document.
     *
     * Format: binary
     */
    file: globalThis.Blob | string;
    metadata: {
        title: string;
        pages?: number;
    };
    tags?: string[];
    note?: string;
};
export type UploadDocumentResponse = {
    id?: string;
};
/**
 * POST /documents/search
 */
export type SearchDocumentsParameters = {
    [key: string]: never;
};
export type SearchDocumentsRequestBody = {
    ids: number[];
    exact?: boolean;
    limit?: number;
    range?: {
        from?: number;
        to?: number;
    };
};
export type SearchDocumentsResponse = undefined;
/**
 * GET /documents/{documentId}/content
 */
export type DownloadDocumentParameters = {
    path: {
        documentId: string;
    };
};
export type DownloadDocumentRequestBody = never;
export type DownloadDocumentResponse = globalThis.Blob;
/**
 * PUT /documents/{documentId}/note
 */
export type PutNoteParameters = {
    path: {
        documentId: string;
    };
};
export type PutNoteRequestBody = string;
export type PutNoteResponse = undefined;
