export type Pullrequest = {
    id?: number;
    title?: string;
    repository?: Repository;
    author?: User;
};
export type Repository = {
    slug?: string;
    owner?: User;
};
export type User = {
    username?: string;
    uuid?: string;
};
/**
 * GET /2.0/repositories/{username}
 */
export type GetRepositoriesByOwnerParameters = {
    path: {
        username: string;
    };
};
export type GetRepositoriesByOwnerRequestBody = never;
export type GetRepositoriesByOwnerResponse = Repository[];
/**
 * GET /2.0/repositories/{username}/{slug}
 */
export type GetRepositoryParameters = {
    path: {
        username: string;
        slug: string;
    };
};
export type GetRepositoryRequestBody = never;
export type GetRepositoryResponse = Repository;
/**
 * GET /2.0/repositories/{username}/{slug}/pullrequests
 */
export type GetPullRequestsByRepositoryParameters = {
    path: {
        username: string;
        slug: string;
    };
    query?: {
        state?: 'open' | 'merged' | 'declined';
    };
};
export type GetPullRequestsByRepositoryRequestBody = never;
export type GetPullRequestsByRepositoryResponse = Pullrequest[];
/**
 * GET /2.0/repositories/{username}/{slug}/pullrequests/{pid}
 */
export type GetPullRequestsByIdParameters = {
    path: {
        username: string;
        slug: string;
        pid: string;
    };
};
export type GetPullRequestsByIdRequestBody = never;
export type GetPullRequestsByIdResponse = Pullrequest;
/**
 * POST /2.0/repositories/{username}/{slug}/pullrequests/{pid}/merge
 */
export type MergePullRequestParameters = {
    path: {
        username: string;
        slug: string;
        pid: string;
    };
};
export type MergePullRequestRequestBody = never;
export type MergePullRequestResponse = undefined;
/**
 * GET /2.0/users/{username}
 */
export type GetUserByNameParameters = {
    path: {
        username: string;
    };
};
export type GetUserByNameRequestBody = never;
export type GetUserByNameResponse = User;
