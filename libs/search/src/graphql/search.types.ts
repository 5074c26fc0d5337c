import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsISO8601, IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, LanguageCode, MAX_PAGE_SIZE, MaxItems, PageInfo, Uuid, ruleMessage } from '#core';

export enum SearchHitType {
  PRACTICE = 'PRACTICE',
  STUDY_VISIT = 'STUDY_VISIT',
  MEETING = 'MEETING',
  ORGANIZATION = 'ORGANIZATION',
}
registerEnumType(SearchHitType, { name: 'SearchHitType', description: 'What kind of record a hit is.' });

@InputType({ description: 'Narrows a search. Within one field any value matches; fields combine with AND.' })
export class SearchFilterInput {
  @Field(() => [SearchHitType], { nullable: true })
  @IsOptional()
  @IsEnum(SearchHitType, { each: true, ...ruleMessage('invalid') })
  @MaxItems(10)
  types?: SearchHitType[];

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes.' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { each: true, ...ruleMessage('countryCode') })
  @MaxItems(50)
  countryCodes?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @Uuid(true)
  @MaxItems(50)
  cityIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Matched in one of these languages (ISO 639-1).' })
  @IsOptional()
  @LanguageCode(true)
  @MaxItems(20)
  languages?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @Uuid(true)
  @MaxItems(50)
  topicIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @Uuid(true)
  @MaxItems(50)
  networkIds?: string[];

  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @IsInt({ each: true, ...ruleMessage('invalid') })
  @Min(1900, { each: true, ...ruleMessage('invalid') })
  @Max(2200, { each: true, ...ruleMessage('invalid') })
  @MaxItems(50)
  years?: number[];

  @Field(() => String, {
    nullable: true,
    description:
      'Happened on or after this ISO date (a practice published, a meeting held, a visit begun; organizations have no such date and are left out).',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, ruleMessage('invalid'))
  dateFrom?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Happened on or before this ISO date (organizations are left out).',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, ruleMessage('invalid'))
  dateTo?: string;
}

@ArgsType()
export class SearchArgs {
  @Field(() => String, {
    defaultValue: '',
    description:
      'What to look for, in any language: words (records covering more of them rank first), "quoted phrases" (required), -excluded words. Empty: newest first.',
  })
  @MaxLength(500, ruleMessage('max', { max: 500 }))
  query: string;

  @Field(() => SearchFilterInput, { nullable: true })
  @IsOptional()
  filter?: SearchFilterInput;

  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `1-${MAX_PAGE_SIZE}.` })
  @IsOptional()
  @IsInt(ruleMessage('pageSize', { max: MAX_PAGE_SIZE }))
  @Min(1, ruleMessage('pageSize', { max: MAX_PAGE_SIZE }))
  @Max(MAX_PAGE_SIZE, ruleMessage('pageSize', { max: MAX_PAGE_SIZE }))
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'An edge `cursor` of the same search.' })
  @IsOptional()
  @MaxLength(1024, ruleMessage('cursor'))
  after?: string | null;
}

@ObjectType()
export class SearchHit {
  @Field(() => SearchHitType)
  type: SearchHitType;

  @Field(() => ID, { description: 'Id of the record.' })
  id: string;

  @Field({ description: 'Title in `language`.' })
  title: string;

  @Field({ description: 'Language of the matching text: yours when the record has it.' })
  language: string;

  @Field({ description: 'A passage with the matching words in <mark>…</mark>; otherwise HTML-escaped.' })
  snippet: string;

  @Field(() => Float, { description: 'Relevance, higher first; compare only within one search.' })
  score: number;
}

@ObjectType()
export class SearchHitEdge {
  @Field()
  cursor: string;

  @Field(() => SearchHit)
  node: SearchHit;
}

@ObjectType()
export class TypeFacet {
  @Field(() => SearchHitType)
  type: SearchHitType;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class CountryFacet {
  /** ISO 3166-1 alpha-2; the `country` field is resolved where the directory is wired in. */
  countryCode: string;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class CityFacet {
  /** The `city` field is resolved where the directory is wired in (null if deleted since indexing). */
  cityId: string;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class LanguageFacet {
  @Field()
  language: string;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class TopicFacet {
  /** The `topic` field is resolved where the taxonomy is wired in (null if deleted since indexing). */
  topicId: string;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class NetworkFacet {
  /** The `network` field is resolved where the directory is wired in (null if deleted since indexing). */
  networkId: string;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class YearFacet {
  @Field(() => Int)
  year: number;

  @Field(() => Int)
  count: number;
}

@ObjectType({
  description: 'Counts of matching records per value (at most 50 values each, most frequent first).',
})
export class SearchFacets {
  @Field(() => [TypeFacet])
  type: TypeFacet[];

  @Field(() => [CountryFacet])
  country: CountryFacet[];

  @Field(() => [CityFacet])
  city: CityFacet[];

  @Field(() => [LanguageFacet], { description: 'Records that match in each language.' })
  language: LanguageFacet[];

  @Field(() => [TopicFacet])
  topic: TopicFacet[];

  @Field(() => [NetworkFacet])
  network: NetworkFacet[];

  @Field(() => [YearFacet])
  year: YearFacet[];
}

@ObjectType()
export class SearchResult {
  @Field(() => [SearchHitEdge])
  edges: SearchHitEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Records matching the query and filters.' })
  totalCount: number;

  @Field({
    description:
      'True when a broad query matched more records than are ranked and counted (about 250 documents): totalCount and facets then describe that set, and totalCount is a lower bound.',
  })
  totalCountIsEstimate: boolean;

  @Field(() => SearchFacets)
  facets: SearchFacets;

  @Field(() => String, {
    nullable: true,
    description:
      'The query with each word the index does not hold replaced by the closest word it does (what typo tolerance searched for instead), to offer as "did you mean"; null when no word was replaced, and always with the meilisearch engine.',
  })
  didYouMean: string | null;

  @Field({ description: 'The engine that answered: postgres or meilisearch.' })
  engine: string;
}
