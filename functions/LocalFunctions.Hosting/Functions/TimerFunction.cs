using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace LocalFunctions.Hosting.Functions;

/// <summary>A timer-triggered function; the schedule is NCRONTAB (with seconds), a TimeSpan, or a <c>%Setting%</c>.</summary>
public sealed record TimerFunction(string Name, MethodInfo Method, ParameterInfo Trigger, TimerTriggerAttribute Attribute);
