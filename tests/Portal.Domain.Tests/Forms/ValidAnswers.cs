using System.Text.Json.Nodes;

namespace Portal.Domain.Tests.Forms;

/// <summary>A complete, valid answer for each embedded form (validated on 2025-06-01 in Japan).</summary>
public static class ValidAnswers
{
    public static JsonObject For(string formId) => JsonNode.Parse(Json[formId])!.AsObject();

    private static readonly Dictionary<string, string> Json = new()
    {
        ["child-allowance-certification"] = """
            { "applicant": { "name": "山田 太郎", "kana": "ヤマダ タロウ", "birthDate": "1988-04-02", "postalCode": "100-0014",
                             "address": "東京都千代田区永田町1-7-1", "phone": "03-1234-5678", "occupation": "employee", "pension": "employees" },
              "hasSpouse": true, "spouse": { "name": "山田 花子", "kana": "ヤマダ ハナコ", "birthDate": "1990-10-10" },
              "children": [ { "name": "山田 一郎", "kana": "ヤマダ イチロウ", "birthDate": "2025-05-20", "relationship": "child", "livesTogether": true } ],
              "usePublicFundsAccount": true }
            """,
        ["nursery-application"] = """
            { "guardian": { "name": "佐藤 美咲", "kana": "サトウ ミサキ", "birthDate": "1992-01-15", "postalCode": "1500001",
                            "address": "東京都渋谷区神宮前1-1-1", "phone": "090-1234-5678" },
              "children": [ { "name": "佐藤 陽", "kana": "サトウ ハル", "birthDate": "2024-04-01", "hasAllergy": false, "needsSpecialCare": false } ],
              "reason": "work", "work": { "employer": "株式会社サンプル", "hoursPerWeek": 40 },
              "desiredStartDate": "2025-10-01", "preference1": "中央保育園", "attachments": { "employmentCertificate": "att-1" } }
            """,
        ["long-term-care-certification"] = """
            { "insured": { "insuredNumber": "0123456789", "name": "鈴木 一郎", "kana": "スズキ イチロウ", "birthDate": "1945-03-03", "sex": "male",
                           "postalCode": "530-0001", "address": "大阪府大阪市北区梅田1-1", "phone": "06-1234-5678", "category": "first" },
              "applicationType": "new",
              "doctor": { "name": "田中 医師", "clinic": "梅田クリニック", "phone": "06-9876-5432" },
              "inHospital": false, "contactIsInsured": true, "submitter": "self" }
            """,
        ["moving-out-notification"] = """
            { "submitter": "self", "current": { "postalCode": "100-0014", "address": "東京都千代田区永田町1-7-1" },
              "destination": { "postalCode": "060-0001", "address": "北海道札幌市中央区北1条西2丁目", "headOfHousehold": "山田 太郎" },
              "movingDate": "2025-06-20",
              "movers": [ { "name": "山田 太郎", "kana": "ヤマダ タロウ", "birthDate": "1988-04-02", "relationship": "head", "hasCard": true } ],
              "hasNationalHealthInsurance": false, "hasChildAllowance": false, "contact": { "phone": "03-1234-5678" } }
            """,
        ["disaster-victim-certificate"] = """
            { "applicant": { "name": "高橋 健", "kana": "タカハシ ケン", "birthDate": "1970-07-07", "postalCode": "860-0001",
                             "address": "熊本県熊本市中央区千葉城町1-1", "phone": "096-123-4567", "relationshipToProperty": "owner" },
              "property": { "sameAsApplicant": true, "buildingType": "detached" },
              "disaster": { "type": "earthquake", "date": "2025-05-30" },
              "damage": { "description": "外壁にひびが入り、屋根瓦が落ちました。" },
              "photos": [ { "file": "att-1", "caption": "外観" } ], "copies": 1, "delivery": "window" }
            """,
        ["pregnancy-notification"] = """
            { "mother": { "name": "伊藤 さくら", "kana": "イトウ サクラ", "birthDate": "1995-02-02", "postalCode": "460-0001",
                          "address": "愛知県名古屋市中区三の丸1-1", "phone": "052-123-4567" },
              "expectedDeliveryDate": "2026-01-10", "diagnosis": { "clinic": "名古屋産婦人科", "weeks": 10 },
              "multiplePregnancy": false, "firstPregnancy": true,
              "health": { "hasIllness": false, "smoking": false }, "submitter": "self" }
            """,
        ["dog-registration"] = """
            { "owner": { "name": "渡辺 守", "kana": "ワタナベ マモル", "birthDate": "1980-08-08", "postalCode": "980-0001",
                         "address": "宮城県仙台市青葉区1-1", "phone": "022-123-4567" },
              "dog": { "name": "ポチ", "breed": "柴犬", "color": "赤", "sex": "male", "birthDateKnown": true, "birthDate": "2025-01-01", "acquiredDate": "2025-05-01" },
              "keptAtOwnerAddress": true, "rabies": { "vaccinated": false } }
            """,
        ["bulky-waste-collection"] = """
            { "applicant": { "name": "中村 誠", "kana": "ナカムラ マコト", "postalCode": "810-0001", "address": "福岡県福岡市中央区天神1-1", "phone": "092-123-4567" },
              "collection": { "sameAddress": true, "placement": "entrance", "preferredDate": "2025-06-15" },
              "items": [ { "category": "furniture", "name": "たんす", "quantity": 1 }, { "category": "bicycle", "name": "自転車", "quantity": 2 } ],
              "payment": "ticket" }
            """,
    };
}
