/**
 * One zod schema per catalogue form, shared by the component (conform, in the browser) and the
 * action (on the server). Built from the field rules in ./validation. Pure.
 */
import { z } from 'zod';
import { laws, serviceKinds, serviceLanguages, serviceStatuses, tariffUnits } from './enums';
import { productCategoryCodes } from './categories';
import {
  agbCode,
  calendarDate,
  choice,
  contractYear,
  email,
  euroCents,
  externalId,
  kvkNumber,
  latitude,
  longitude,
  message,
  optional,
  optionalText,
  phone,
  postcode,
  refineAgeOrder,
  refineDateOrder,
  requiredText,
  timeOfDay,
  website,
  wholeNumber,
} from './validation';

/** A checkbox: "on" (browser), "true" or true when ticked; absent when not. */
export const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

/** Several checkboxes with one name: always an array. */
export const checkboxList = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess((v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item));

/** Hidden fields of every edit form: the version it was based on and what it showed then. */
export const lockFields = {
  version: wholeNumber(1, 1_000_000_000),
  /** JSON of the editable values as the form showed them (for the "what changed" message). */
  original: optionalText(50_000),
};

const uuid = z.string({ required_error: message('v.required') }).uuid(message('v.choice'));

// ---------------------------------------------------------------------------------------------
// Organisation
// ---------------------------------------------------------------------------------------------

export const organizationFields = {
  name: requiredText(200),
  alternateName: optional(requiredText(200)),
  description: optional(requiredText(4000)),
  externalId: optional(externalId),
  kvk: optional(kvkNumber),
  agb: optional(agbCode),
  website: optional(website),
  email: optional(email),
  phone: optional(phone),
};

export const organizationCreateSchema = z.object(organizationFields);
export const organizationUpdateSchema = z.object({ ...organizationFields, ...lockFields });
export type OrganizationInput = z.output<typeof organizationCreateSchema>;

/** The editable organisation fields, in form order (also the audit and diff order). */
export const organizationEditableFields = ['name', 'alternateName', 'description', 'externalId', 'kvk', 'agb', 'website', 'email', 'phone'] as const;

// ---------------------------------------------------------------------------------------------
// Opening hours
// ---------------------------------------------------------------------------------------------

/** Two opening periods per weekday in the form (a lunch break needs two). */
export const HOURS_SLOTS_PER_DAY = 2;

const hoursSlot = z
  .object({
    weekday: optional(wholeNumber(1, 7)),
    opensAt: optional(timeOfDay),
    closesAt: optional(timeOfDay),
  })
  .superRefine((slot, ctx) => {
    if ((slot.opensAt || slot.closesAt) && slot.weekday === null) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['weekday'], message: message('v.required') });
    if (slot.opensAt && !slot.closesAt) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['closesAt'], message: message('v.required') });
    if (!slot.opensAt && slot.closesAt) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['opensAt'], message: message('v.required') });
    if (slot.opensAt && slot.opensAt === '24:00') ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['opensAt'], message: message('v.time') });
    if (slot.opensAt && slot.closesAt && slot.opensAt === slot.closesAt) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['closesAt'], message: message('v.timeEqual') });
    }
  });

/** The weekly opening hours grid (7 days × HOURS_SLOTS_PER_DAY slots). */
export const hoursField = z.preprocess(
  // Slots a hand-made request leaves out are empty slots.
  (v) => (Array.isArray(v) ? Array.from(v, (slot) => slot ?? {}) : []),
  z.array(hoursSlot).max(7 * HOURS_SLOTS_PER_DAY),
);

// ---------------------------------------------------------------------------------------------
// Service
// ---------------------------------------------------------------------------------------------

const serviceObject = z.object({
  name: requiredText(200),
  description: optional(requiredText(4000)),
  externalId: optional(externalId),
  kind: choice(serviceKinds),
  law: choice(laws),
  categoryCode: optional(choice(productCategoryCodes as unknown as [string, ...string[]])),
  productCode: optional(requiredText(20)),
  targetGroup: optional(requiredText(300)),
  minimumAge: optional(wholeNumber(0, 120)),
  maximumAge: optional(wholeNumber(0, 120)),
  waitingWeeks: optional(wholeNumber(0, 520)),
  waitingReportedOn: optional(calendarDate),
  acceptingNewClients: checkbox,
  applicationProcess: optional(requiredText(2000)),
  url: optional(website),
  email: optional(email),
  phone: optional(phone),
  status: choice(serviceStatuses),
  languages: checkboxList(choice(serviceLanguages)),
  locationIds: checkboxList(z.string().uuid(message('v.choice'))),
  hours: hoursField,
});

function refineService(value: { kind: string; categoryCode: string | null; productCode: string | null; minimumAge: number | null; maximumAge: number | null }, ctx: z.RefinementCtx) {
  // The category may also follow from the product code (checked against the products on the server).
  if (value.kind !== 'general' && !value.categoryCode && !value.productCode) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['categoryCode'], message: message('v.categoryRequired') });
  }
  refineAgeOrder(value, ctx);
}

export const serviceCreateSchema = serviceObject.extend({ organizationId: uuid }).superRefine(refineService);
export const serviceUpdateSchema = serviceObject.extend(lockFields).superRefine(refineService);
export type ServiceInput = z.output<typeof serviceObject>;

export const serviceEditableFields = [
  'name',
  'description',
  'externalId',
  'kind',
  'law',
  'categoryCode',
  'productCode',
  'targetGroup',
  'minimumAge',
  'maximumAge',
  'waitingWeeks',
  'waitingReportedOn',
  'acceptingNewClients',
  'applicationProcess',
  'url',
  'email',
  'phone',
  'status',
  'languages',
  'locationIds',
  'hours',
] as const;

// ---------------------------------------------------------------------------------------------
// Location with its opening hours
// ---------------------------------------------------------------------------------------------

const locationObject = z.object({
  name: requiredText(200),
  address1: requiredText(200),
  postalCode: postcode,
  city: requiredText(100),
  districtId: optional(z.string().max(100)),
  latitude: optional(latitude),
  longitude: optional(longitude),
  wheelchairAccessible: checkbox,
  hearingLoop: checkbox,
  accessibleToilet: checkbox,
  accessibilityNote: optional(requiredText(500)),
  transportation: optional(requiredText(500)),
  hours: hoursField,
});

export const locationCreateSchema = locationObject.extend({ organizationId: uuid });
export const locationUpdateSchema = locationObject.extend(lockFields);
export type LocationInput = z.output<typeof locationObject>;

export const locationEditableFields = [
  'name',
  'address1',
  'postalCode',
  'city',
  'districtId',
  'latitude',
  'longitude',
  'wheelchairAccessible',
  'hearingLoop',
  'accessibleToilet',
  'accessibilityNote',
  'transportation',
  'hours',
] as const;

// ---------------------------------------------------------------------------------------------
// Contract (tariff), budget ceiling, national procurement
// ---------------------------------------------------------------------------------------------

const contractObject = z.object({
  organizationId: uuid,
  productCode: requiredText(20),
  lot: optional(requiredText(120)),
  tariffCents: euroCents,
  unit: choice(tariffUnits),
  validFrom: calendarDate,
  validTo: optional(calendarDate),
});

export const contractCreateSchema = contractObject.superRefine(refineDateOrder);
export const contractUpdateSchema = contractObject.extend(lockFields).superRefine(refineDateOrder);
export type ContractInput = z.output<typeof contractObject>;
export const contractEditableFields = ['organizationId', 'productCode', 'lot', 'tariffCents', 'unit', 'validFrom', 'validTo'] as const;

const ceilingObject = z.object({
  organizationId: uuid,
  year: contractYear,
  ceilingCents: euroCents,
  committedCents: euroCents,
});
export const ceilingCreateSchema = ceilingObject;
export const ceilingUpdateSchema = ceilingObject.extend(lockFields);
export type CeilingInput = z.output<typeof ceilingObject>;
export const ceilingEditableFields = ['organizationId', 'year', 'ceilingCents', 'committedCents'] as const;

export const nationalProcurementSchema = z
  .object({
    categoryCode: choice(productCategoryCodes as unknown as [string, ...string[]]),
    productCode: optional(requiredText(20)),
    organizationId: uuid,
    note: optional(requiredText(500)),
    validFrom: calendarDate,
    validTo: optional(calendarDate),
  })
  .superRefine(refineDateOrder);
export type NationalProcurementInput = z.output<typeof nationalProcurementSchema>;
export const nationalProcurementEditableFields = ['categoryCode', 'productCode', 'organizationId', 'note', 'validFrom', 'validTo'] as const;

// ---------------------------------------------------------------------------------------------
// Verification, archive, decisions
// ---------------------------------------------------------------------------------------------

export const bulkVerifySchema = z.object({
  organizationIds: checkboxList(z.string().uuid()),
  serviceIds: checkboxList(z.string().uuid()),
});

export const rejectSchema = z.object({
  intent: z.literal('reject'),
  reason: requiredText(1000).pipe(z.string().min(5, message('v.tooShort', { min: 5 }))),
});
