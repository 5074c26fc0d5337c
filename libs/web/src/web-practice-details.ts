import { Injectable } from '@nestjs/common';
import { AppError, normalizeLanguage, type RequestContext } from '#core';
import { PeopleService } from '#directory';
import {
  AdoptionsService,
  PracticeDetailsInput,
  PracticeEditingService,
  PracticesService,
  type PracticeTranslation,
  type PracticeView,
} from '#practices';
import type { DetailsChoices, PersonChoice } from './pages/practice-details.js';
import { detailsInput, detailsValues, formProblems, type DetailsForm } from './web-practice-details-form.js';
import { fieldProblems } from './web-form-rows.js';
import { WebPages } from './web-pages.js';
import { WebPickers, noFilters, type PickFields, type PickFilters } from './web-pickers.js';
import { versionOf } from './web-practice-forms.js';
import { decimalText, isNotFound } from './web-reader.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The details form's pick lists. */
export const DETAILS_PICKERS: PickFields = {
  cityId: 'city',
  topicIds: 'topic',
  sharedWithNetworkIds: 'network',
  fundingProgrammeId: 'programme',
};

/**
 * A practice's details and the removal of a translation on the web, through the practices
 * module's editing service (updatePractice, removePracticeTranslation): the same input class and
 * pipe, the same permission (the owner's editors) and the same version check. (Archiving is a
 * workflow step: WebPracticeForms.move.)
 */
@Injectable()
export class WebPracticeDetails {
  constructor(
    private readonly pages: WebPages,
    private readonly practices: PracticesService,
    private readonly editing: PracticeEditingService,
    private readonly adoptions: AdoptionsService,
    private readonly people: PeopleService,
    private readonly pickers: WebPickers,
  ) {}

  /** The details stored now, as the form shows them. */
  async stored(ctx: RequestContext, view: PracticeView): Promise<DetailsForm> {
    const p = view.practice;
    const [topicIds, networkIds, metrics, links, contactIds] = await Promise.all([
      this.practices.topicIds(ctx, p.id),
      this.practices.networkIds(ctx, p.id),
      this.adoptions.metrics(ctx, p.id),
      this.adoptions.links(ctx, p.id),
      this.adoptions.contactIds(ctx, p.id),
    ]);
    return {
      values: {
        version: String(p.version),
        cityId: p.cityId ?? '',
        visibility: p.visibility,
        periodStart: p.periodStart ?? '',
        periodEnd: p.periodEnd ?? '',
        budgetAmount: p.budgetAmount ?? '',
        budgetCurrency: p.budgetCurrency ?? '',
        fundingProgrammeId: p.fundingProgrammeId ?? '',
        sourceUrl: p.sourceUrl ?? '',
      },
      lists: { topicIds, sharedWithNetworkIds: networkIds, contactIds },
      metrics: metrics.map((m, index) => ({
        index,
        cells: { name: m.name, value: decimalText(m.value), unit: m.unit ?? '' },
        removed: false,
      })),
      links: links.map((l, index) => ({
        index,
        cells: { url: l.url, title: l.title, kind: l.kind, language: l.language ?? '' },
        removed: false,
      })),
      adding: null,
    };
  }

  /** Saves the details on the version the editor read (CONFLICT otherwise). */
  async save(ctx: RequestContext, id: string, form: DetailsForm): Promise<void> {
    const version = versionOf(form.values);
    const { input, metricRows, linkRows } = detailsInput(form);
    let valid: PracticeDetailsInput;
    try {
      valid = await this.pages.validated(PracticeDetailsInput, input);
    } catch (error) {
      throw AppError.invalid(formProblems(fieldProblems(error), metricRows, linkRows));
    }
    await this.editing.update(ctx, id, version, valid);
  }

  /** The version and the details saved now, for the conflict view. */
  async saved(ctx: RequestContext, id: string): Promise<DetailsForm> {
    ctx.clearLoaders();
    return this.stored(ctx, await this.practices.get(ctx, id));
  }

  /** The practice's text in a language it is written in, or null. */
  async translation(ctx: RequestContext, id: string, language: unknown): Promise<PracticeTranslation | null> {
    return (await this.practices.translations(ctx, id)).find((t) => t.language === language) ?? null;
  }

  /** Removes the text in one language, on the version the page showed. */
  async removeTranslation(ctx: RequestContext, id: string, values: Record<string, string>): Promise<void> {
    const language = normalizeLanguage(values['language'] ?? '');
    if (!language) throw AppError.invalidField('language', 'languageCode');
    await this.editing.removeTranslation(ctx, id, versionOf(values), language);
  }

  /**
   * The form's pickers (WebPickers: the chosen values always listed, a filter past a page of 100)
   * and the people of the organization sharing the practice. `forms` is the form shown, after
   * the details saved meanwhile when there was a conflict: their values are listed too, unchosen.
   */
  async pickLists(
    ctx: RequestContext,
    ownerId: string,
    forms: readonly DetailsForm[],
    filters: PickFilters = noFilters,
  ): Promise<DetailsChoices> {
    const shown = forms.at(-1);
    const values = shown ? detailsValues(shown) : {};
    const others = forms.slice(0, -1).map(detailsValues);
    const alsoListed = Object.fromEntries(
      Object.keys(DETAILS_PICKERS).map((name) => [name, others.flatMap((v) => (v[name] ?? '').split(','))]),
    );
    const [lists, people] = await Promise.all([
      this.pickers.lists(ctx, DETAILS_PICKERS, values, filters, alsoListed),
      this.contactChoices(
        ctx,
        ownerId,
        forms.flatMap((f) => f.lists.contactIds).filter((id) => UUID.test(id)),
      ),
    ]);
    return { lists, people };
  }

  /**
   * People to name as contacts: the owner organization's and those already chosen. Only their
   * names and roles, which the API shows anyone; email and phone stay on the practice page, for
   * those PeopleService.contactDetailsVisible lets see them.
   */
  private async contactChoices(
    ctx: RequestContext,
    ownerId: string,
    chosen: string[],
  ): Promise<PersonChoice[]> {
    const own = await this.people.ofOrganization(ctx, ownerId);
    const others = await Promise.all(
      [...new Set(chosen.map((id) => id.toLowerCase()))]
        .filter((id) => !own.some((p) => p.id === id))
        .map((id) =>
          this.people.get(ctx, id).catch((error: unknown) => {
            if (isNotFound(error)) return null;
            throw error;
          }),
        ),
    );
    const people = [...own, ...others.filter((p) => p !== null)];
    const choices = await Promise.all(
      people.map(async (person) => ({
        id: person.id,
        name: person.name,
        role: (await this.people.localized(ctx, person)).translation?.role ?? null,
      })),
    );
    return choices.sort((a, b) => a.name.localeCompare(b.name));
  }
}
