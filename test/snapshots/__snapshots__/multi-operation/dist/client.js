import * as V from "./validators.js";
import { permissions } from "./permissions.js";
import {
  buildRequest
} from "./runtime/request.js";
import { createTransport } from "./runtime/transport.js";
import {
  ApiError as RuntimeApiError
} from "./runtime/errors.js";
import { readResult } from "./runtime/result.js";
import {
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError
} from "./runtime/errors.js";
const ApiError = RuntimeApiError;
function assertValid(result, subject) {
  if (!result.ok) throw new V.ValidationError(result.issues, subject);
}
const listTeamsOperation = {
  method: "GET",
  pathTemplate: "/teams",
  path: ["/teams"],
  parameters: [
    { "name": "tags", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "ids", "in": "query", "style": "form", "explode": false, "required": false },
    {
      "name": "names",
      "in": "query",
      "style": "spaceDelimited",
      "explode": false,
      "required": false
    },
    {
      "name": "roles",
      "in": "query",
      "style": "pipeDelimited",
      "explode": false,
      "required": false
    },
    { "name": "filter", "in": "query", "style": "deepObject", "explode": true, "required": false },
    { "name": "$top", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "https://contoso.teams.example/api/v2",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateListTeamsResponse(value),
    "GET /teams response body"
  )
};
function buildListTeamsRequest(parameters = {}, options) {
  return buildRequest(listTeamsOperation, parameters, void 0, options);
}
function readListTeamsResult(response, options) {
  return readResult(listTeamsOperation, response, options);
}
const listMembersOperation = {
  method: "GET",
  pathTemplate: "/teams/{teamId}/members",
  path: [
    "/teams/",
    { "name": "teamId", "in": "path", "style": "simple", "explode": false, "required": true },
    "/members"
  ],
  parameters: [
    {
      "name": "ConsistencyLevel",
      "in": "header",
      "style": "simple",
      "explode": false,
      "required": true
    },
    {
      "name": "X-Page-Size",
      "in": "header",
      "style": "simple",
      "explode": false,
      "required": false
    },
    { "name": "session", "in": "cookie", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "https://contoso.teams.example/api/v2",
  accept: "application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateListMembersResponse(value),
    "GET /teams/{teamId}/members response body"
  )
};
function buildListMembersRequest(parameters, options) {
  return buildRequest(listMembersOperation, parameters, void 0, options);
}
function readListMembersResult(response, options) {
  return readResult(listMembersOperation, response, options);
}
const addMemberOperation = {
  method: "POST",
  pathTemplate: "/teams/{teamId}/members",
  path: [
    "/teams/",
    { "name": "teamId", "in": "path", "style": "simple", "explode": false, "required": true },
    "/members"
  ],
  parameters: [],
  baseUrl: "https://contoso.teams.example/api/v2",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateAddMemberRequestBody(value),
    "POST /teams/{teamId}/members request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateAddMemberResponse(value),
    "POST /teams/{teamId}/members response body"
  )
};
function buildAddMemberRequest(parameters, body, options) {
  return buildRequest(addMemberOperation, parameters, body, options);
}
function readAddMemberResult(response, options) {
  return readResult(addMemberOperation, response, options);
}
const getMemberOperation = {
  method: "GET",
  pathTemplate: "/teams/{teamId}/members/{memberId}",
  path: [
    "/teams/",
    { "name": "teamId", "in": "path", "style": "simple", "explode": false, "required": true },
    "/members/",
    { "name": "memberId", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [
    { "name": "$select", "in": "query", "style": "form", "explode": false, "required": false }
  ],
  baseUrl: "https://contoso.teams.example/api/v2",
  accept: "application/json",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetMemberResponse(value),
    "GET /teams/{teamId}/members/{memberId} response body"
  )
};
function buildGetMemberRequest(parameters, options) {
  return buildRequest(getMemberOperation, parameters, void 0, options);
}
function readGetMemberResult(response, options) {
  return readResult(getMemberOperation, response, options);
}
const replaceMemberOperation = {
  method: "PUT",
  pathTemplate: "/teams/{teamId}/members/{memberId}",
  path: [
    "/teams/",
    { "name": "teamId", "in": "path", "style": "simple", "explode": false, "required": true },
    "/members/",
    { "name": "memberId", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://contoso.teams.example/api/v2",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateReplaceMemberRequestBody(value),
    "PUT /teams/{teamId}/members/{memberId} request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateReplaceMemberResponse(value),
    "PUT /teams/{teamId}/members/{memberId} response body"
  )
};
function buildReplaceMemberRequest(parameters, body, options) {
  return buildRequest(replaceMemberOperation, parameters, body, options);
}
function readReplaceMemberResult(response, options) {
  return readResult(replaceMemberOperation, response, options);
}
const removeMemberOperation = {
  method: "DELETE",
  pathTemplate: "/teams/{teamId}/members/{memberId}",
  path: [
    "/teams/",
    { "name": "teamId", "in": "path", "style": "simple", "explode": false, "required": true },
    "/members/",
    { "name": "memberId", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://contoso.teams.example/api/v2",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "none"
};
function buildRemoveMemberRequest(parameters, options) {
  return buildRequest(removeMemberOperation, parameters, void 0, options);
}
function readRemoveMemberResult(response, options) {
  return readResult(removeMemberOperation, response, options);
}
const getTeamNotesOperation = {
  method: "GET",
  pathTemplate: "/teams/{teamId}/notes",
  path: [
    "/teams/",
    { "name": "teamId", "in": "path", "style": "simple", "explode": false, "required": true },
    "/notes"
  ],
  parameters: [],
  baseUrl: "https://contoso.teams.example/api/v2",
  accept: "text/plain",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "text"
};
function buildGetTeamNotesRequest(parameters, options) {
  return buildRequest(getTeamNotesOperation, parameters, void 0, options);
}
function readGetTeamNotesResult(response, options) {
  return readResult(getTeamNotesOperation, response, options);
}
const appendTeamNoteOperation = {
  method: "POST",
  pathTemplate: "/teams/{teamId}/notes",
  path: [
    "/teams/",
    { "name": "teamId", "in": "path", "style": "simple", "explode": false, "required": true },
    "/notes"
  ],
  parameters: [],
  baseUrl: "https://contoso.teams.example/api/v2",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "none",
  checkBody: (value) => assertValid(
    V.validateAppendTeamNoteRequestBody(value),
    "POST /teams/{teamId}/notes request body"
  )
};
function buildAppendTeamNoteRequest(parameters, body, options) {
  return buildRequest(appendTeamNoteOperation, parameters, body, options);
}
function readAppendTeamNoteResult(response, options) {
  return readResult(appendTeamNoteOperation, response, options);
}
const setTeamPhotoOperation = {
  method: "PUT",
  pathTemplate: "/teams/{teamId}/photo",
  path: [
    "/teams/",
    { "name": "teamId", "in": "path", "style": "simple", "explode": false, "required": true },
    "/photo"
  ],
  parameters: [],
  baseUrl: "https://contoso.teams.example/api/v2",
  body: { "kind": "binary", "contentType": "image/png", "required": true },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "bearer" }]],
  response: "none"
};
function buildSetTeamPhotoRequest(parameters, body, options) {
  return buildRequest(setTeamPhotoOperation, parameters, body, options);
}
function readSetTeamPhotoResult(response, options) {
  return readResult(setTeamPhotoOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get teams() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            listTeamsOperation,
            (build) => buildListTeamsRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.listTeams,
            safe: (callOptions = {}) => transport.sendResult(
              listTeamsOperation,
              (build) => buildListTeamsRequest(callOptions, build),
              callOptions
            )
          }
        ),
        byTeamId: (teamId) => ({
          get members() {
            return {
              get: Object.assign(
                (callOptions) => transport.send(
                  listMembersOperation,
                  (build) => buildListMembersRequest({ ...callOptions, path: { teamId } }, build),
                  callOptions
                ),
                {
                  permissions: permissions.listMembers,
                  safe: (callOptions) => transport.sendResult(
                    listMembersOperation,
                    (build) => buildListMembersRequest(
                      { ...callOptions, path: { teamId } },
                      build
                    ),
                    callOptions
                  )
                }
              ),
              post: Object.assign(
                (body, callOptions = {}) => transport.send(
                  addMemberOperation,
                  (build) => buildAddMemberRequest({ path: { teamId } }, body, build),
                  callOptions
                ),
                {
                  permissions: permissions.addMember,
                  safe: (body, callOptions = {}) => transport.sendResult(
                    addMemberOperation,
                    (build) => buildAddMemberRequest({ path: { teamId } }, body, build),
                    callOptions
                  )
                }
              ),
              byMemberId: (memberId) => ({
                get: Object.assign(
                  (callOptions = {}) => transport.send(
                    getMemberOperation,
                    (build) => buildGetMemberRequest(
                      { ...callOptions, path: { teamId, memberId } },
                      build
                    ),
                    callOptions
                  ),
                  {
                    permissions: permissions.getMember,
                    safe: (callOptions = {}) => transport.sendResult(
                      getMemberOperation,
                      (build) => buildGetMemberRequest(
                        { ...callOptions, path: { teamId, memberId } },
                        build
                      ),
                      callOptions
                    )
                  }
                ),
                put: Object.assign(
                  (body, callOptions = {}) => transport.send(
                    replaceMemberOperation,
                    (build) => buildReplaceMemberRequest(
                      { path: { teamId, memberId } },
                      body,
                      build
                    ),
                    callOptions
                  ),
                  {
                    permissions: permissions.replaceMember,
                    safe: (body, callOptions = {}) => transport.sendResult(
                      replaceMemberOperation,
                      (build) => buildReplaceMemberRequest(
                        { path: { teamId, memberId } },
                        body,
                        build
                      ),
                      callOptions
                    )
                  }
                ),
                delete: Object.assign(
                  (callOptions = {}) => transport.send(
                    removeMemberOperation,
                    (build) => buildRemoveMemberRequest({ path: { teamId, memberId } }, build),
                    callOptions
                  ),
                  {
                    permissions: permissions.removeMember,
                    safe: (callOptions = {}) => transport.sendResult(
                      removeMemberOperation,
                      (build) => buildRemoveMemberRequest(
                        { path: { teamId, memberId } },
                        build
                      ),
                      callOptions
                    )
                  }
                )
              })
            };
          },
          get notes() {
            return {
              get: Object.assign(
                (callOptions = {}) => transport.send(
                  getTeamNotesOperation,
                  (build) => buildGetTeamNotesRequest({ path: { teamId } }, build),
                  callOptions
                ),
                {
                  permissions: permissions.getTeamNotes,
                  safe: (callOptions = {}) => transport.sendResult(
                    getTeamNotesOperation,
                    (build) => buildGetTeamNotesRequest({ path: { teamId } }, build),
                    callOptions
                  )
                }
              ),
              post: Object.assign(
                (body, callOptions = {}) => transport.send(
                  appendTeamNoteOperation,
                  (build) => buildAppendTeamNoteRequest({ path: { teamId } }, body, build),
                  callOptions
                ),
                {
                  permissions: permissions.appendTeamNote,
                  safe: (body, callOptions = {}) => transport.sendResult(
                    appendTeamNoteOperation,
                    (build) => buildAppendTeamNoteRequest({ path: { teamId } }, body, build),
                    callOptions
                  )
                }
              )
            };
          },
          get photo() {
            return {
              put: Object.assign(
                (body, callOptions = {}) => transport.send(
                  setTeamPhotoOperation,
                  (build) => buildSetTeamPhotoRequest({ path: { teamId } }, body, build),
                  callOptions
                ),
                {
                  permissions: permissions.setTeamPhoto,
                  safe: (body, callOptions = {}) => transport.sendResult(
                    setTeamPhotoOperation,
                    (build) => buildSetTeamPhotoRequest({ path: { teamId } }, body, build),
                    callOptions
                  )
                }
              )
            };
          }
        })
      };
    }
  };
}
export {
  ApiError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
  buildAddMemberRequest,
  buildAppendTeamNoteRequest,
  buildGetMemberRequest,
  buildGetTeamNotesRequest,
  buildListMembersRequest,
  buildListTeamsRequest,
  buildRemoveMemberRequest,
  buildReplaceMemberRequest,
  buildSetTeamPhotoRequest,
  createClient,
  readAddMemberResult,
  readAppendTeamNoteResult,
  readGetMemberResult,
  readGetTeamNotesResult,
  readListMembersResult,
  readListTeamsResult,
  readRemoveMemberResult,
  readReplaceMemberResult,
  readSetTeamPhotoResult
};
