//! The keys of the dashboard's messages: its controls, each chart's title, columns and
//! one-line summary. Add a key here, then to both catalogs (`dash_en.rs`, `dash_ja.rs`).

use super::keys::keys;

keys! {
    /// One user-visible message of the dashboard.
    DashKey {
    DashTitle, DashExplain, DashControls,
    PeriodLabel, PeriodThisMonth, PeriodLast3Months, PeriodLast12Months, PeriodCustom,
    PeriodFrom, PeriodTo, PeriodReversed, PeriodTooLong, PeriodShown,
    FilterTier, FilterSegment, FilterEveryone, FilterTierOption,
    ShowTable, ShowChart, PrintDashboard, Partial, SmallSampleNote, StandingAsOf,
    OtherCurrencyNote, NothingYet,
    ChartVisits, ChartRevenue, ChartNps, ChartCsat, ChartTiers, ChartSegments,
    ChartFirstResponse, ChartWithinTarget, ChartParts, ChartUtilisation, ChartCoupons,
    ColWeek, ColMonth, ColVisits, ColRevenue, ColAnswers, ColNps, ColCsat, ColTier,
    ColCustomers, ColLifetimeValue, ColRevenueInPeriod, ColSegment, ColMedianResponse,
    ColResponded, ColWithinTarget, ColDecided, ColPart, ColThumbsUp, ColThumbsDown,
    ColMinutesServed, ColMinutesAvailable, ColUtilisation, ColIssued, ColRedeemed, ColOpen,
    ColExpired, ColVoided, ColRedemptionRate, ColPromoters, ColDetractors, ColSatisfied,
    SumVisits, SumRevenue, SumNps, SumCsat, SumTiers, SumSegments, SumFirstResponse,
    SumWithinTarget, SumParts, SumUtilisation, SumCoupons, SumNoData,
    SeriesRedeemed, SeriesOpen, SeriesExpired, SeriesVoided,
    Hours, Minutes, WeekOf, PartsShown,
    }
}
