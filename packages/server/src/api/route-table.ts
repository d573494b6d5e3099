import type { RouteSpec } from './route';
import { caseworkerRoutes } from './routes/caseworkers';
import { designerRoutes } from './routes/designers';
import { exportRoutes } from './routes/exports';
import { instanceExtraRoutes } from './routes/instance-extras';
import { instanceRoutes } from './routes/instances';
import { itemRoutes } from './routes/items';
import { journeyRoutes } from './routes/journeys';
import { paymentRoutes } from './routes/payments';
import { reviewRoutes } from './routes/reviews';
import { serviceRoutes } from './routes/service';

/**
 * Every operation of the server's JSON API, in one table: routing, authorisation, validation, the
 * OpenAPI document and the authorisation matrix test all read it.
 */
export const API_ROUTES: readonly RouteSpec[] = [
  ...serviceRoutes,
  ...journeyRoutes,
  ...instanceRoutes,
  ...itemRoutes,
  ...instanceExtraRoutes,
  ...paymentRoutes,
  ...caseworkerRoutes,
  ...exportRoutes,
  ...designerRoutes,
  ...reviewRoutes,
];
