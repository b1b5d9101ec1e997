using Portal.Contracts.Histories;

namespace Signer.Cli.Text;

/// <summary>What <c>history verify</c> tells the resident: plain Japanese first, then one English line.</summary>
public static class HistoryMessages
{
    public static string Verified(HistoryVerification result, long? since) =>
        $"履歴は改ざんされていません。{result.EntryCount}件の記録（{result.Head!.Sequence}番目まで）のつながりと、ポータルの署名（{result.Head.IssuedAt.ToOffset(TimeSpan.FromHours(9)):yyyy-MM-dd HH:mm} 日本時間）を確認しました。"
        + (since is { } s ? $"\n前回のエクスポート（{s}番目まで）の記録は、削除・変更・並べ替えされずにすべて含まれています。" : "")
        + (result.Tree is { } tree ? $"\n{tree.Day}の署名付きツリー（全利用者の履歴{tree.TreeSize}件）にも、この履歴が含まれています。ルートハッシュ {tree.RootHash} を GET /api/history/tree-heads/{tree.Day} と比べると、ポータルが全員に同じ内容を示していることを確かめられます。" : "")
        + $"\nThe history verifies: {result.EntryCount} entries up to #{result.Head.Sequence}, signed by the portal."
        + (since is { } t ? $" It extends the earlier export (up to #{t}) unchanged." : "")
        + (result.Tree is { } u ? $" Its head is in the signed tree of {u.Day} (root {u.RootHash})." : "");

    public static string Failed(HistoryVerification result) => result.Problem switch
    {
        HistoryProblem.SequenceBroken =>
            $"{result.Sequence}番目の記録がありません（削除されたか、順番が入れ替えられています）。\nEntry #{result.Sequence} is missing or out of order.",
        HistoryProblem.HashBroken =>
            $"{result.Sequence}番目の記録が書き換えられています（記録とハッシュ値が合いません）。\nEntry #{result.Sequence} was altered: its hash does not match.",
        HistoryProblem.HeadMalformed =>
            "ポータルの署名（先頭情報）の形式が正しくありません。\nThe signed head is malformed.",
        HistoryProblem.UnknownKey =>
            "署名に使われた鍵が、ポータルが公開している鍵にありません。\nThe head is signed with a key the portal never published.",
        HistoryProblem.BadSignature =>
            "ポータルの署名が正しくありません。履歴が偽造されています。\nThe portal's signature on the head does not verify: the history is forged.",
        HistoryProblem.KeyNotValidThen =>
            "署名の日時が、その鍵の有効期間外です。\nThe head was signed outside its key's validity period.",
        HistoryProblem.HeadMismatch =>
            $"署名された内容と記録が一致しません（{result.Sequence}番目以降が追加・削除・変更されています）。\nThe signed head does not match the entries from #{result.Sequence}.",
        HistoryProblem.DifferentHistory =>
            "二つのエクスポートは、別の方または別の種類の履歴です。\nThe two exports are of different histories.",
        HistoryProblem.NotExtended =>
            $"前回のエクスポートの{result.Sequence}番目の記録が、今回のエクスポートでは削除・変更・並べ替えされています。\nEntry #{result.Sequence} of the earlier export was removed, altered or reordered.",
        HistoryProblem.OlderThanCheckpoint =>
            $"前回のエクスポート（{result.Sequence}番目まで）の範囲は保存期間（7年）を過ぎて削除されたため、比較できません。\nThe earlier export ends at #{result.Sequence}, in the part since deleted after 7 years: it cannot be compared.",
        HistoryProblem.TreeHeadMalformed =>
            "日ごとの署名付きツリー（ツリーヘッド）の形式が正しくありません。\nThe daily tree head is malformed.",
        HistoryProblem.TreeHeadForged =>
            "日ごとの署名付きツリーの署名が、ポータルが公開している鍵で確認できません。ツリーヘッドが偽造されています。\nThe daily tree head is not signed by a published history key: it is forged.",
        HistoryProblem.InclusionOfAnotherLeaf =>
            "含まれていることの証明が、この履歴ではなく別の方または別の種類の履歴のものです。\nThe inclusion proof is for another resident's or another history's head.",
        HistoryProblem.InclusionProofInvalid =>
            "含まれていることの証明（監査パス）が、署名付きツリーのルートハッシュにつながりません。証明が改ざんされています。\nThe audit path does not lead to the signed tree's root: the proof was altered.",
        HistoryProblem.TreeLeafNotInChain =>
            $"署名付きツリーに含まれる{result.Sequence}番目の記録が、この履歴にありません。ポータルが別の内容の履歴を示しています。\nThe tree holds entry #{result.Sequence} with a hash this history does not have: the portal showed another history.",
        _ => "履歴を確認できませんでした。\nThe history could not be verified.",
    };

    public static string Unreadable(string what) =>
        $"{what} を読み込めませんでした（ファイルの場所と形式を確認してください）。\n{what} could not be read as a history export or key set.";

    public const string KeysUnreachable =
        "ポータルの公開鍵を取得できませんでした。ネットワークを確認するか、--keys に保存した鍵のファイルを指定してください。\nThe portal's history keys could not be fetched.";
}
