export type Event = {
    id: string;
    kind: 'created' | 'deleted';
};
/**
 * QUERY /events
 */
export type SearchEventsParameters = {
    [key: string]: never;
};
/**
 * Search with a body, safely (QUERY).
 */
export type SearchEventsRequestBody = {
    kind?: string;
};
/**
 * Search with a body, safely (QUERY).
 */
export type SearchEventsResponse = Event[];
/**
 * PURGE /events
 */
export type PurgeEventsParameters = {
    [key: string]: never;
};
export type PurgeEventsRequestBody = never;
export type PurgeEventsResponse = undefined;
/**
 * GET /events/export
 */
export type ExportEventsParameters = {
    [key: string]: never;
};
export type ExportEventsRequestBody = never;
export type ExportEventsResponse = AsyncIterable<Event>;
/**
 * GET /events/stream
 */
export type StreamEventsParameters = {
    [key: string]: never;
};
export type StreamEventsRequestBody = never;
export type StreamEventsResponse = AsyncIterable<{
    event?: 'created' | 'deleted';
    id?: string;
    data: string;
}>;
