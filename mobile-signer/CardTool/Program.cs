using CardTool;

return CardToolCommands.Run(args, Console.Out, Console.Error);
