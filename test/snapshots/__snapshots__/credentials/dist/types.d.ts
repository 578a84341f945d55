export type Report = {
    id: string;
    title?: string;
};
/**
 * POST /admin
 */
export type RunAdminTaskParameters = {
    [key: string]: never;
};
export type RunAdminTaskRequestBody = never;
export type RunAdminTaskResponse = undefined;
/**
 * GET /reports
 */
export type ListReportsParameters = {
    [key: string]: never;
};
export type ListReportsRequestBody = never;
export type ListReportsResponse = Report[];
/**
 * GET /reports/{reportId}
 */
export type GetReportParameters = {
    path: {
        reportId: string;
    };
};
export type GetReportRequestBody = never;
export type GetReportResponse = Report;
/**
 * DELETE /reports/{reportId}
 */
export type DeleteReportParameters = {
    path: {
        reportId: string;
    };
};
export type DeleteReportRequestBody = never;
export type DeleteReportResponse = undefined;
/**
 * GET /status
 */
export type GetStatusParameters = {
    [key: string]: never;
};
export type GetStatusRequestBody = never;
export type GetStatusResponse = string;
