using Bot.Operator;

return await BotOperatorCommands.RunAsync(args, Console.Out, Console.Error);
