namespace Isms.AspNetCore;

/// <summary>Marks that <c>AddIsmsWeb</c> ran, so a second call registers nothing twice.</summary>
internal sealed class IsmsWebMarker;
