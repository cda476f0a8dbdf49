/**
 * The GraphQL operations the benchmark sends for each question: ours, to our server, and the peer's, to
 * @neo4j/graphql 7 over the same graph (bench/peerTypeDefs.graphql), for the questions its generated API can
 * express at all (bench/mix.ts says which, and how closely). Side by side, since each pair asks for the
 * same answer.
 */
import { NESTED_PAGE, SEARCH_PAGE } from './floor/shared.js';

export const OURS = {
  search: `query BenchSearch($query: String!) {
  search(query: $query, first: ${SEARCH_PAGE}) {
    totalCount
    edges { match matchedName node { id type name } }
  }
}`,
  whoControls: `query BenchWhoControls($place: ID!) {
  whoControls(place: $place) {
    asOf
    faction { id name }
    status
    start { value precision }
    end { value precision }
    pointInTime { value precision }
    inferred
    inferredFrom { id name }
    statement { id }
    attributions { reporter { id name } carriedBy { id name } reportedOn { value precision } quote }
  }
}`,
  controlHistory: `query BenchControlHistory($place: ID!) {
  controlHistory(place: $place, first: 20) {
    totalCount
    edges {
      node {
        from to gap competing
        controls { faction { id name } status inferred inferredFrom { id } statement { id } }
      }
    }
  }
}`,
  statements: `query BenchStatements($reporter: ID!) {
  statements(reportedBy: $reporter, first: 20) {
    totalCount
    edges {
      node {
        id kind status
        subject { id name }
        object { id name }
        attributions { reporter { id name } carriedBy { id name } reportedOn { value precision } quote }
      }
    }
  }
}`,
  disagreements: `query BenchDisagreements($about: ID!) {
  disagreements(about: $about, first: 20) {
    totalCount
    edges {
      node {
        kind
        topic { id name }
        reporters { id name }
        statements {
          id status
          subject { id name }
          object { id name }
          count { amount phrasing unit text }
          start { value precision }
          pointInTime { value precision }
          attributions { reporter { id name } carriedBy { id name } reportedOn { value precision } quote }
        }
      }
    }
  }
}`,
  connections: `query BenchConnections($from: ID!, $to: ID!) {
  connections(from: $from, to: $to, maxHops: 3, first: 20) {
    totalCount
    edges {
      node {
        hops
        steps {
          from { id name }
          statement { id kind status attributions { reporter { id name } } }
          to { id name }
        }
      }
    }
  }
}`,
  nested: `query BenchNested($id: ID!) {
  entity(id: $id) {
    id
    name
    ... on Place {
      kind
      children(first: ${NESTED_PAGE}) {
        totalCount
        edges {
          node {
            id name kind
            children(first: ${NESTED_PAGE}) {
              totalCount
              edges { node { id name kind controlledBy { faction { id name } status inferred } } }
            }
          }
        }
      }
    }
  }
}`,
};

const PEER_CLAIM = `fragment Claim on Statement {
  id status start end pointInTime
  subject { id name }
  attributions { quote reportedOn reporter { id name } carriedBy { id name } }
}`;

export const PEER = {
  search: `query PeerSearch($phrase: String!) {
  searchEntities(phrase: $phrase, first: ${SEARCH_PAGE}, sort: [{ score: DESC }]) {
    totalCount
    edges { score node { id name aliases } }
  }
}`,
  // Three enclosing levels: as deep as the generated place hierarchy goes above a town.
  whoControls: `query PeerWhoControls($place: ID!) {
  entities(where: { id: { eq: $place } }) {
    id name
    objectOf(where: { kind: { eq: "control" } }) { ...Claim }
    locatedIn {
      id name
      objectOf(where: { kind: { eq: "control" } }) { ...Claim }
      locatedIn {
        id name
        objectOf(where: { kind: { eq: "control" } }) { ...Claim }
        locatedIn { id name objectOf(where: { kind: { eq: "control" } }) { ...Claim } }
      }
    }
  }
}
${PEER_CLAIM}`,
  statements: `query PeerStatements($reporter: ID!) {
  statementsConnection(
    first: 20
    sort: [{ id: ASC }]
    where: { attributions: { some: { reporter: { some: { id: { eq: $reporter } } } } } }
  ) {
    totalCount
    edges {
      node {
        id kind status
        subject { id name }
        object { id name }
        attributions(sort: [{ reportedOnFrom: ASC }]) { quote reportedOn reporter { id name } carriedBy { id name } }
      }
    }
  }
}`,
  nested: `query PeerNested($id: ID!) {
  entities(where: { id: { eq: $id } }) {
    id name kind
    containsConnection { totalCount }
    contains(limit: ${NESTED_PAGE}, sort: [{ name: ASC }, { id: ASC }]) {
      id name kind
      containsConnection { totalCount }
      contains(limit: ${NESTED_PAGE}, sort: [{ name: ASC }, { id: ASC }]) {
        id name kind
        objectOf(where: { kind: { eq: "control" } }) { status subject { id name } }
      }
    }
  }
}`,
};
