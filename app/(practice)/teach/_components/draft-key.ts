/** Where the create form keeps its draft in this browser (cleared once the assignment exists). */
export const NEW_ASSIGNMENT_DRAFT_KEY = "quorum:teach:new-assignment";
