using Portal.Domain.Procedures.LocalGovernments;

namespace Portal.Domain.Procedures.Catalog;

/// <summary>
/// Which section (課) of a local government handles a procedure, for the seeded offerings' contact. Cities split the
/// work into more sections than towns and villages, whose 住民課 often does most of it; the names are typical, not each
/// body's real organisation (demo data, see Data/SOURCE.md).
/// </summary>
internal static class OfferingSections
{
    private static readonly Dictionary<string, string> Municipal = new(StringComparer.Ordinal)
    {
        ["resident-record-copy"] = "市民課", ["resident-record-item-certificate"] = "市民課", ["seal-registration"] = "市民課",
        ["seal-registration-certificate"] = "市民課", ["family-register-certificate"] = "戸籍住民課", ["moving-out-notification"] = "市民課",
        ["moving-in-notification"] = "市民課", ["address-change-within"] = "市民課", ["moving-abroad-notification"] = "市民課",
        ["head-of-household-change"] = "市民課", ["my-number-card-application"] = "マイナンバーカード担当",
        ["electronic-certificate-renewal"] = "マイナンバーカード担当", ["birth-registration"] = "戸籍住民課",
        ["death-registration"] = "戸籍住民課", ["cremation-permit"] = "戸籍住民課",
        ["tax-certificate"] = "税務課", ["tax-payment-certificate"] = "納税課", ["resident-tax-declaration"] = "税務課",
        ["tax-direct-debit"] = "納税課", ["furusato-one-stop"] = "ふるさと納税担当",
        ["pregnancy-notification"] = "母子保健課", ["maternal-child-handbook-reissue"] = "母子保健課", ["pregnancy-support-benefit"] = "母子保健課",
        ["infant-health-checkup"] = "母子保健課", ["vaccination-form-reissue"] = "健康推進課", ["vaccination-record-certificate"] = "健康推進課",
        ["specific-health-checkup"] = "健康推進課", ["cancer-screening"] = "健康推進課",
        ["child-allowance-certification"] = "子育て支援課", ["child-allowance-amount-revision"] = "子育て支援課",
        ["child-allowance-unpaid-claim"] = "子育て支援課", ["child-allowance-termination"] = "子育て支援課",
        ["child-rearing-allowance"] = "子育て支援課", ["child-medical-subsidy"] = "子育て支援課",
        ["nursery-application"] = "保育課", ["childcare-benefit-certification"] = "保育課", ["after-school-club"] = "保育課",
        ["school-expenses-aid"] = "学務課",
        ["childbirth-lump-sum"] = "保険年金課", ["nhi-enrollment"] = "保険年金課", ["nhi-withdrawal"] = "保険年金課",
        ["nhi-eligibility-certificate"] = "保険年金課", ["nhi-high-cost-medical"] = "保険年金課", ["nhi-limit-certificate"] = "保険年金課",
        ["funeral-expenses"] = "保険年金課", ["late-elderly-eligibility-certificate"] = "保険年金課",
        ["long-term-care-certification"] = "介護保険課", ["long-term-care-renewal"] = "介護保険課", ["care-insurance-card-reissue"] = "介護保険課",
        ["high-cost-care-services"] = "介護保険課", ["care-cost-limit-certification"] = "介護保険課", ["care-home-modification"] = "介護保険課",
        ["emergency-alert-device"] = "高齢福祉課", ["disability-certificate"] = "障害福祉課", ["self-support-medical"] = "障害福祉課",
        ["housing-security-benefit"] = "生活福祉課",
        ["dog-registration"] = "環境衛生課", ["dog-death-notification"] = "環境衛生課", ["rabies-vaccination-tag"] = "環境衛生課",
        ["bulky-waste-collection"] = "清掃事務所", ["disaster-victim-certificate"] = "防災危機管理課",
    };

    private static readonly Dictionary<string, string> Prefectural = new(StringComparer.Ordinal)
    {
        ["passport-new"] = "旅券センター", ["passport-renewal"] = "旅券センター", ["passport-loss"] = "旅券センター",
        ["passport-record-change"] = "旅券センター", ["parking-certificate"] = "警察署 交通課（車庫証明係）",
        ["driver-license-address-change"] = "運転免許センター", ["driver-license-renewal"] = "運転免許センター",
        ["driver-license-return"] = "運転免許センター", ["intractable-disease-medical"] = "保健所 難病担当",
        ["pediatric-chronic-disease"] = "保健所 小児慢性特定疾病担当", ["prefectural-housing"] = "住宅課",
    };

    /// <summary>The section for a procedure at a body; towns and villages gather the resident-facing work in fewer sections.</summary>
    public static string For(LocalGovernment body, string procedureId)
    {
        if (body.Kind == LocalGovernmentKinds.Prefecture)
        {
            return Prefectural.GetValueOrDefault(procedureId, "県民相談室");
        }
        var section = Municipal.GetValueOrDefault(procedureId, "総務課");
        var small = body.Kind == LocalGovernmentKinds.Municipality && !body.Name.EndsWith('市');
        if (small)
        {
            return section switch
            {
                "市民課" or "戸籍住民課" or "マイナンバーカード担当" => "住民課",
                "税務課" or "納税課" or "ふるさと納税担当" => "税務課",
                "母子保健課" or "健康推進課" => "保健福祉課",
                "子育て支援課" or "保育課" or "学務課" => "子育て支援係",
                "介護保険課" or "高齢福祉課" or "障害福祉課" or "生活福祉課" => "福祉課",
                "保険年金課" => "住民課 保険年金係",
                _ => "総務課",
            };
        }
        return body.Kind == LocalGovernmentKinds.SpecialWard ? section.Replace("市民課", "区民課", StringComparison.Ordinal) : section;
    }
}
