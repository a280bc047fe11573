//! The keys of the service catalog's, offers' and plans' messages. Add a key here, then to both
//! catalogs (`service_en.rs`, `service_ja.rs`).

use super::keys::keys;

keys! {
    /// One user-visible message about services, offers or plans.
    ServiceKey {
    CatalogTitle, CatalogExplain, CatalogEmpty, SampleStart, SampleCafe,
    SampleDogWalking, SampleSalon, SampleAdded, PartsTitle, PartAdd, GroupsTitle, GroupsExplain,
    GroupAdd, MenusTitle, MenusExplain, MenuAdd, CategoryNone, PartLine, MenuLine,
    GroupAtMostOne, GroupExactlyOne, GroupMembers, PartNew, PartEdit, FieldPartName,
    FieldCategory, FieldMinutes, FieldCost, FieldPrice, FieldNeedsServed, NeedsServedHint,
    FieldNeed, FieldStrength, NeedAdd, NeedRemove, FieldGroup, GroupNone, FieldRequires,
    FieldExcludes, PartSaved, PartDeleted, PartMissing, BackToCatalog, GroupNew, GroupEdit,
    FieldGroupRule, MenuNew, MenuEdit, FieldMenuParts, FieldMenuPrice, MenuPriceHint,
    NeedsTitle, NeedsEdit, NeedsNone, NeedsExplain, PrefLove, PrefLike, PrefNeutral,
    PrefDislike, PrefNever, FieldFeeling, FieldMustHave, FieldNever, FieldBudget,
    FieldTimeAvailable, NoLimit, NeedsSaved, NeedsBudget, NeedsMinutes, OfferTitle, OfferBest,
    OfferAlternative, OfferTotals, OfferPoints, OfferNoCatalog, OfferNoNeeds, OfferImpossible,
    OfferProposal, WhyLiked, WhyPlain, WhyMustHave, WhyRequiredBy, WhyOneOfGroup, FitLine,
    ObstacleMustHaveNever, ObstacleRequiresRuledOut, ObstacleClash, ObstacleOverBudget,
    ObstacleOverTime, ObstacleGroupRuledOut, ObstacleCheapest, ObstacleNoCombination,
    ProposalTitle, ProposalFor, ProposalIntro, ProposalTotal, ProposalTime, ProposalOther,
    ProposalPrint, ProposalShare, ProposalCopy, ProposalCopied, ProposalBack, ProposalFrom,
    PlanTitle, PlanExplain, PlanPeriod, PlanDays, PlanAvailable, PlanStandard, PlanWeights,
    PlanWeightsHint, PlanExpected, PlanNoneExpected, PlanNoMenu, PlanUsed, PlanEveryone,
    PlanNotEveryone, PlanMore, PlanMoreNothing, PlanMoreUpgrade, PlanCustomer, PlanLevel,
    PlanMinutes, PlanWeight, PlanSatisfaction, LevelStandard, LevelCustom, LevelPostponed,
    PlanNext, CatalogDeleteConfirm,
}}
