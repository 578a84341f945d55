/**
 * Company
 */
export type Company = {
    name: string;
    ceo?: Person;
};
/**
 * Expression
 */
export type Expression = {
    type?: 'literal' | 'binary';
    value?: string | Expression;
};
/**
 * LinkedNode
 */
export type LinkedNode = {
    id: string;
    prev?: LinkedNode;
    next?: LinkedNode;
};
/**
 * Person
 */
export type Person = {
    name: string;
    employer?: Company;
};
/**
 * TreeNode
 */
export type TreeNode = {
    id: string;
    name: string;
    parent: TreeNode;
    children?: TreeNode[];
};
/**
 * POST /direct
 */
export type DirectCircularParameters = {
    [key: string]: never;
};
/**
 * Direct self-reference (TreeNode.parent → TreeNode)
 */
export type DirectCircularRequestBody = TreeNode;
/**
 * Direct self-reference (TreeNode.parent → TreeNode)
 */
export type DirectCircularResponse = TreeNode;
/**
 * POST /indirect
 */
export type IndirectCircularParameters = {
    [key: string]: never;
};
/**
 * Two-hop chain (Person → Company → Person)
 */
export type IndirectCircularRequestBody = Person;
/**
 * Two-hop chain (Person → Company → Person)
 */
export type IndirectCircularResponse = Person;
/**
 * POST /multiple
 */
export type MultipleCircularParameters = {
    [key: string]: never;
};
/**
 * Multiple self-referencing properties
 */
export type MultipleCircularRequestBody = LinkedNode;
/**
 * Multiple self-referencing properties
 */
export type MultipleCircularResponse = LinkedNode;
/**
 * POST /polymorphic
 */
export type PolymorphicCircularParameters = {
    [key: string]: never;
};
/**
 * Circular in oneOf option
 */
export type PolymorphicCircularRequestBody = Expression;
/**
 * Circular in oneOf option
 */
export type PolymorphicCircularResponse = Expression;
