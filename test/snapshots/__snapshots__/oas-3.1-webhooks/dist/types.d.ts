export type Pet = {
    /**
     * Format: int64
     */
    id: number;
    name: string;
    tag?: string;
};
