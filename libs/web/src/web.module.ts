import { Module } from '@nestjs/common';
import { DirectoryModule } from '#directory';
import { ExchangesModule } from '#exchanges';
import { PracticesModule } from '#practices';
import { TaxonomyModule } from '#taxonomy';
import { WebCsrf } from './session/csrf.js';
import { WebSessions } from './session/web-sessions.js';
import { WebAccountController } from './web-account.controller.js';
import { WebContexts } from './web-context.js';
import { WebExchangesController } from './web-exchanges.controller.js';
import { WebActionItemsController } from './web-action-items.controller.js';
import { WebMeetingForms } from './web-meeting-forms.js';
import { WebMeetingTranslations } from './web-meeting-translations.js';
import { WebMeetingTranslationsController } from './web-meeting-translations.controller.js';
import { WebPages } from './web-pages.js';
import { WebController } from './web.controller.js';
import { WebPracticeForms } from './web-practice-forms.js';
import { WebPickers } from './web-pickers.js';
import { WebPickersController } from './web-pickers.controller.js';
import { WebPracticesController } from './web-practices.controller.js';
import { WebPracticeDetails } from './web-practice-details.js';
import { WebPracticeManageController } from './web-practice-manage.controller.js';
import { WebReader } from './web-reader.js';
import { WebStudyVisitForms } from './web-study-visit-forms.js';
import { WebStudyVisitsController } from './web-study-visits.controller.js';
import { WebSearch } from './web-search.js';

/** The web app: server-rendered pages for people, on the API's port (issue 18). */
@Module({
  imports: [DirectoryModule, TaxonomyModule, PracticesModule, ExchangesModule],
  // The account routes first: their static segments must not be read as records.
  controllers: [
    WebAccountController,
    WebExchangesController,
    WebMeetingTranslationsController,
    WebActionItemsController,
    WebStudyVisitsController,
    WebPracticesController,
    WebPracticeManageController,
    WebPickersController,
    WebController,
  ],
  providers: [
    WebContexts,
    WebSessions,
    WebCsrf,
    WebPages,
    WebReader,
    WebSearch,
    WebMeetingForms,
    WebMeetingTranslations,
    WebStudyVisitForms,
    WebPracticeForms,
    WebPracticeDetails,
    WebPickers,
  ],
})
export class WebModule {}
