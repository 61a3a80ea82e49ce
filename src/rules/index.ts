/**
 * The registry: every rule, in catalogue order (rules.md). Adding a rule is one file under its
 * area's folder and one line here; the engine, the config schema and `limit-audit rules` read
 * this list and never know a rule by name.
 */
import type { AnyRule } from './types';

import overdueUnsettled from './credit/overdue-unsettled';
import overdueHistory from './credit/overdue-history';
import inquiriesFrequent from './credit/inquiries-frequent';
import borrowingFrequent from './credit/borrowing-frequent';
import sesameLow from './credit/sesame-low';
import sesameFalling from './credit/sesame-falling';
import noAutopay from './credit/no-autopay';
import unverified from './credit/unverified';
import lineExhausted from './credit/line-exhausted';
import lineCut from './credit/line-cut';
import dormant from './credit/dormant';

import dtiHigh from './debt/dti-high';
import leverageHigh from './debt/leverage-high';
import multiLender from './debt/multi-lender';
import highInterest from './debt/high-interest';
import hiddenCost from './debt/hidden-cost';
import regulatoryCap from './debt/regulatory-cap';
import concentration from './debt/concentration';
import installmentBurden from './debt/installment-burden';
import riskyPurpose from './debt/risky-purpose';
import businessMixing from './debt/business-mixing';

import overBudget from './spending/over-budget';
import largePurchases from './spending/large-purchases';
import spike from './spending/spike';
import incomeVolatile from './spending/income-volatile';
import lenderTransfers from './spending/lender-transfers';
import thinBuffer from './spending/thin-buffer';

import rateCycle from './macro/rate-cycle';
import regulatoryEvents from './macro/regulatory-events';
import platformContraction from './macro/platform-contraction';
import sectorStress from './macro/sector-stress';

export const rules: readonly AnyRule[] = [
  overdueUnsettled,
  overdueHistory,
  inquiriesFrequent,
  borrowingFrequent,
  sesameLow,
  sesameFalling,
  noAutopay,
  unverified,
  lineExhausted,
  lineCut,
  dormant,

  dtiHigh,
  leverageHigh,
  multiLender,
  highInterest,
  hiddenCost,
  regulatoryCap,
  concentration,
  installmentBurden,
  riskyPurpose,
  businessMixing,

  overBudget,
  largePurchases,
  spike,
  incomeVolatile,
  lenderTransfers,
  thinBuffer,

  rateCycle,
  regulatoryEvents,
  platformContraction,
  sectorStress,
];
