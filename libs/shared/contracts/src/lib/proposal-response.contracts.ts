import type { LocalizedText } from './error.contracts';
import type {
  IdeaAnswer,
  ProposalDescriptionFormat,
  ProposalKind,
  ProposalStatus,
  ShopType,
} from './proposal.contracts';

// What the proposals API answers; the requests and enums are in proposal.contracts.ts.

export interface ProposalLocation {
  lat: number;
  lng: number;
}

export interface ProposalImage {
  id: string;
  /** GET this URL (relative to the site) to display the image. */
  url: string;
  contentType: string;
  sizeBytes: number;
  alt: string;
}

/** One proposal in a list. */
export interface ProposalSummary {
  id: string;
  processId: string;
  kind: ProposalKind;
  shopType: ShopType | null;
  title: string;
  /** The start of the description, as plain text. */
  excerpt: string;
  status: ProposalStatus;
  category: string | null;
  /** The quartier, or the process's own territory for a city-wide proposal. */
  territoryId: string;
  territoryName: string;
  cityWide: boolean;
  estimatedCostCents: number | null;
  finalCostCents: number | null;
  location: ProposalLocation | null;
  address: string | null;
  /** True when the author gave neither a point nor an address. */
  noPrecisePlace: boolean;
  supportsCount: number;
  commentsCount: number;
  /** The first image, if any. */
  imageUrl: string | null;
  /** Null once the author deleted their account. */
  authorName: string | null;
  publishedAt: string | null;
  createdAt: string;
}

export interface ProposalComment {
  id: string;
  parentId: string | null;
  depth: number;
  authorName: string | null;
  /** For a hidden comment: « Commentaire masqué par la modération : <raison> ». */
  body: string;
  hidden: boolean;
  /** For a hidden comment, the notice in both languages. */
  moderationNotice: LocalizedText | null;
  mine: boolean;
  createdAt: string;
  replies: ProposalComment[];
}

/** The proposal page: everything a visitor sees, plus what the signed-in visitor may do. */
export interface ProposalDetail extends ProposalSummary {
  description: string;
  descriptionFormat: ProposalDescriptionFormat;
  images: ProposalImage[];
  supportedByMe: boolean;
  mine: boolean;
  /** The author may still edit (draft or published, proposals phase open). */
  canEdit: boolean;
  assessment: { feasible: boolean; reason: string; finalCostCents: number | null; at: string } | null;
  answer: { answer: IdeaAnswer; reason: string; at: string } | null;
  mergedInto: { id: string; title: string } | null;
  mergedFrom: Array<{ id: string; title: string }>;
  ballotProjectId: string | null;
  /** Set when staff hid the proposal: title and description are then withheld. */
  hidden: { reason: string } | null;
  comments: ProposalComment[];
}

export interface SimilarProposal {
  id: string;
  title: string;
  status: ProposalStatus;
  supportsCount: number;
}

export interface ProposalSupportState {
  supportsCount: number;
  supportedByMe: boolean;
}

/** The proposals with a point, for the map (GeoJSON, longitude first). */
export interface ProposalFeatureCollection {
  type: 'FeatureCollection';
  features: Array<{
    type: 'Feature';
    id: string;
    geometry: { type: 'Point'; coordinates: [number, number] };
    properties: {
      title: string;
      kind: ProposalKind;
      shopType: ShopType | null;
      status: ProposalStatus;
      category: string | null;
      territoryId: string;
      supportsCount: number;
    };
  }>;
}

/** An open report, as the moderators of the territory see it. */
export interface ProposalReportItem {
  id: string;
  target: 'proposal' | 'comment';
  proposalId: string;
  proposalTitle: string;
  commentId: string | null;
  /** The start of the reported text. */
  excerpt: string;
  reason: string;
  hidden: boolean;
  reportedAt: string;
}

/** Shop wishes of an idea box counted per shop type and territory, for the map layer and the economic development team. */
export interface ShopDemandRow {
  shopType: ShopType;
  /** The quartier, or the process's own territory for wishes without a quartier. */
  territoryId: string;
  territoryName: string;
  /** Public shop wishes of this type here. */
  wishes: number;
  /** Supports on those wishes, each person counted once per wish. */
  supports: number;
}
