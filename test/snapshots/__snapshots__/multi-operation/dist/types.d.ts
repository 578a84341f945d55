export type Member = {
    readonly id?: string;
    displayName: string;
    role?: Role;
};
/**
 * Request (write) view of {@link Member}: without readOnly properties.
 */
export type MemberWritable = {
    displayName: string;
    role?: Role;
};
export type Role = 'owner' | 'member' | 'guest';
export type Team = {
    readonly id: string;
    name: string;
};
/**
 * Request (write) view of {@link Team}: without readOnly properties.
 */
export type TeamWritable = {
    name: string;
};
/**
 * GET /teams
 */
export type ListTeamsParameters = {
    query?: {
        /**
         * form, explode true (the default)
         */
        tags?: string[];
        /**
         * form, explode false
         */
        ids?: number[];
        names?: string[];
        roles?: Role[];
        filter?: {
            name?: string;
            size?: number;
        };
        $top?: number;
    };
};
/**
 * List teams (anonymous)
 */
export type ListTeamsRequestBody = never;
/**
 * List teams (anonymous)
 */
export type ListTeamsResponse = {
    value: Team[];
};
/**
 * GET /teams/{teamId}/members
 */
export type ListMembersParameters = {
    path: {
        teamId: string;
    };
    header: {
        ConsistencyLevel: 'eventual';
        'X-Page-Size'?: number;
    };
    cookie?: {
        session?: string;
    };
};
/**
 * List the members of a team
 */
export type ListMembersRequestBody = never;
/**
 * List the members of a team
 */
export type ListMembersResponse = Member[];
/**
 * POST /teams/{teamId}/members
 */
export type AddMemberParameters = {
    path: {
        teamId: string;
    };
};
/**
 * Add a member
 */
export type AddMemberRequestBody = MemberWritable;
/**
 * Add a member
 */
export type AddMemberResponse = Member;
/**
 * GET /teams/{teamId}/members/{memberId}
 */
export type GetMemberParameters = {
    path: {
        teamId: string;
        memberId: string;
    };
    query?: {
        $select?: string[];
    };
};
/**
 * Get a member
 */
export type GetMemberRequestBody = never;
/**
 * Get a member
 */
export type GetMemberResponse = Member;
/**
 * PUT /teams/{teamId}/members/{memberId}
 */
export type ReplaceMemberParameters = {
    path: {
        teamId: string;
        memberId: string;
    };
};
/**
 * Replace a member
 */
export type ReplaceMemberRequestBody = MemberWritable;
/**
 * Replace a member
 */
export type ReplaceMemberResponse = Member;
/**
 * DELETE /teams/{teamId}/members/{memberId}
 */
export type RemoveMemberParameters = {
    path: {
        teamId: string;
        memberId: string;
    };
};
/**
 * Remove a member
 *
 * @deprecated
 */
export type RemoveMemberRequestBody = never;
/**
 * Remove a member
 *
 * @deprecated
 */
export type RemoveMemberResponse = undefined;
/**
 * GET /teams/{teamId}/notes
 */
export type GetTeamNotesParameters = {
    path: {
        teamId: string;
    };
};
/**
 * The team's notes, as text
 */
export type GetTeamNotesRequestBody = never;
/**
 * The team's notes, as text
 */
export type GetTeamNotesResponse = string;
/**
 * POST /teams/{teamId}/notes
 */
export type AppendTeamNoteParameters = {
    path: {
        teamId: string;
    };
};
/**
 * Append a note (form)
 */
export type AppendTeamNoteRequestBody = {
    text?: string;
    tags?: string[];
};
/**
 * Append a note (form)
 */
export type AppendTeamNoteResponse = undefined;
/**
 * PUT /teams/{teamId}/photo
 */
export type SetTeamPhotoParameters = {
    path: {
        teamId: string;
    };
};
/**
 * Upload the team's photo
 */
export type SetTeamPhotoRequestBody = globalThis.Blob | ArrayBuffer | Uint8Array | string;
/**
 * Upload the team's photo
 */
export type SetTeamPhotoResponse = undefined;
