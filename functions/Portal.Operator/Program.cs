using Portal.Operator;

return await OperatorCommands.RunAsync(args, Console.Out, Console.Error);
