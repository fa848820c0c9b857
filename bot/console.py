"""The terminal bot: the chat commands typed at a prompt, answered in plain text. No token, no network.

`newsdigest serve console` reads lines from stdin (a TTY or a pipe), with or without the leading slash;
any other line is a lookup, as a direct message would be. It stops at end of input or `quit`.
"""

from __future__ import annotations

import sys
from typing import TextIO

from bot.commands.layer import CommandLayer
from bot.protocol import HelpView, Origin, Reply
from bot.render.cards import event_line
from bot.render.text import render_article, render_digest, render_story
from bot.render.visible import visible_text
from digest.subscriptions import Target
from digest.views import ArticleView, DigestView, EventListView, StoryView

QUIT_WORDS = {"quit", "exit", "/quit", "/exit", "종료", "q"}
GREETING = ("newsdigest 콘솔 봇입니다. /help로 명령을 보고, 단어만 적으면 검색합니다. quit 또는 Ctrl-D로 끝냅니다.\n"
            "(newsdigest console bot: /help lists the commands, plain words search, quit or Ctrl-D ends.)")


def render_help_text(view: HelpView) -> str:
    lines = []
    for e in view.entries:
        lines += [f"{e.usage}", f"    {e.korean}", f"    {e.english}", f"    예: {e.example}"]
    lines += [view.direct_message_ko, view.direct_message_en]
    return "\n".join(lines)


def render_reply_text(reply: Reply) -> str:
    return visible_text(_reply_text(reply))   # no escape sequence of a headline reaches the terminal


def _reply_text(reply: Reply) -> str:
    body = reply.body
    if isinstance(body, DigestView):
        # render_digest opens with its own count line; the reply's headline says more (window, topic).
        _, _, stories = render_digest(body).partition("\n\n")
        return f"{reply.text}\n\n{stories}"
    if isinstance(body, StoryView):
        return reply.text + "\n" + render_story(body)
    if isinstance(body, ArticleView):
        return reply.text + "\n" + render_article(body)
    if isinstance(body, EventListView):
        return reply.text + "\n" + "\n".join(f"  · {event_line(e)}" for e in body.events)
    if isinstance(body, HelpView):
        return reply.text + "\n\n" + render_help_text(body)
    return reply.text


def run_console(commands: CommandLayer, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    interactive = stdin.isatty()
    origin = Origin("console", channel="console", user="console")
    if interactive:
        print(GREETING, file=stdout)
    while True:
        if interactive:
            print("> ", end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line:  # end of input
            break
        text = line.strip()
        if not text:
            continue
        if text.lower() in QUIT_WORDS:
            break
        print(render_reply_text(commands.handle_text(text, origin)), file=stdout, flush=True)
        if not interactive:
            print(file=stdout, flush=True)
    return 0


class ConsoleDeliverer:
    """The terminal bot's channel is the terminal itself."""

    platform = "console"

    def __init__(self, out: TextIO | None = None):
        self.out = out or sys.stdout

    def render(self, reply: Reply) -> list[dict]:
        return [{"text": render_reply_text(reply)}]

    async def send(self, target: Target, message: dict, key: str) -> str | None:
        print(message["text"], file=self.out, flush=True)
        return None

    async def find_posted(self, target: Target, key: str) -> str | None:
        return None
