namespace Portal.Domain.Procedures.Catalog;

/// <summary>A national body that offers procedures nationwide under one offering set.</summary>
/// <param name="Id">The stable id templates name ("mofa"); its set is <c>OfferingSet.NationalKey(Id)</c>.</param>
/// <param name="Name">As residents know it: "外務省".</param>
/// <param name="WebSite">Its own site.</param>
/// <param name="Contact">Where to ask, as offerings show it.</param>
public sealed record NationalAgency(string Id, string Name, string WebSite, string Contact);
