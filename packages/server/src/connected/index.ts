// Connected services: GOV.UK Pay, postcode address look-up, and malware scanning of uploads.
// Each provider has a real client and a local fake (or, for clamd, a private real daemon) for tests.

export { addressLabel, sortAddresses } from './address/address-label';
export { type CsvResult, parseCsv } from './address/csv';
export { createCsvAddressProvider } from './address/csv-provider';
export { createFakeOsPlaces, type DpaRecord, type FakeOsPlaces } from './address/fake-os-places';
export { addressFromDpa } from './address/os-places-lines';
export { createOsPlacesProvider, type OsPlacesOptions } from './address/os-places-provider';
export { normalisePostcode } from './address/postcode';
export type { Address, AddressErrorCode, AddressLookupResult, AddressProvider } from './address/types';
export type { FetchLike } from './http/request-json';
export { type LocalServer, serveLocally } from './http/serve-local';
export {
  createFakePay,
  type FakePay,
  type FakePayOptions,
  type FakePayRequest,
  startFakePayServer,
} from './pay/fake-pay-server';
export type { FakePayAction } from './pay/fake-pay-store';
export { createPayClient, MAX_PAYMENT_PENCE } from './pay/pay-client';
export { GOVUK_PAY_BASE_URL, journeyKeyVariable, payClientsFromEnv } from './pay/pay-config';
export { interpretPayment, type SettledPayment, settlePayment } from './pay/settle';
export type {
  CreatePaymentInput,
  PayClient,
  PayClientOptions,
  PayError,
  PayErrorCode,
  Payment,
  PaymentResult,
  PaymentState,
  PaymentStatus,
  Refund,
  RefundInput,
  RefundResult,
} from './pay/types';
export {
  checkFileType,
  type DeclaredFile,
  type FileTypeCheck,
  type FileTypeErrorCode,
} from './scanning/check-file-type';
export {
  type ClamdAddress,
  type ClamdOptions,
  type ClamdScanner,
  createClamdScanner,
} from './scanning/clamd-scanner';
export { detectFileType, FILE_TYPES, type FileKind, type FileTypeInfo } from './scanning/file-type';
export {
  eicarTestFile,
  findClamd,
  startTestClamd,
  TEST_SIGNATURE,
  type TestClamd,
} from './scanning/test-clamd';
export type { Scanner, ScanResult } from './scanning/types';
