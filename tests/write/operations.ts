/** The mutations as clients send them, shared by the write, auth and audit tests. */

export const ADD_ENTITY = `mutation ($input: AddEntityInput!) {
  addEntity(input: $input) { auditId entity { id type name aliases description } }
}`;

export const ADD_ALIAS = `mutation ($entity: ID!, $alias: String!) {
  addAlias(entity: $entity, alias: $alias) { auditId entity { id name aliases } }
}`;

export const ADD_STATEMENT = `mutation ($input: AddStatementInput!) {
  addStatement(input: $input) {
    auditId
    statement {
      id kind status subject { id } object { id } start { value precision text }
      attributions { reporter { id } carriedBy { id } reportedOn { value } quote }
      retraction { at }
    }
  }
}`;

export const RETRACT = `mutation ($id: ID!, $reason: String!) {
  retractStatement(id: $id, reason: $reason) { auditId statement { id retraction { at by reason } } }
}`;

export const AUDIT_LOG = `query ($first: Int, $after: String) {
  auditLog(first: $first, after: $after) {
    totalCount
    edges { node { id at actor role action target input requestId } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** A control claim by a faction over a place of the sample data, reported by a dataset. */
export const controlClaim = (overrides: Record<string, unknown> = {}) => ({
  kind: 'CONTROL',
  subject: 'faction:islamist-rebels',
  object: 'place:a-ruheibah',
  status: 'HELD',
  start: { value: '2030-01', text: 'since January 2030' },
  attributions: [{ reporter: 'dataset:editorial-gazetteer', carriedBy: 'dataset:editorial-gazetteer' }],
  ...overrides,
});
