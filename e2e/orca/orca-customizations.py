# Loaded by Orca from its settings folder at start (e2e/orca/desktop.ts copies it there). Orca needs
# no audio here: speech is not sent to a speech server but appended, one utterance a line, to the
# file named by ORCA_SPEECH_LOG, which the tests read.
import os

import orca.settings
import orca.speech

_log = open(os.environ["ORCA_SPEECH_LOG"], "a", buffering=1, encoding="utf-8")


def _write(text):
    line = " ".join(str(text).split())
    if line:
        _log.write(line + "\n")


# No speech server: without one Orca would try speech-dispatcher and log failures.
orca.speech.init = lambda: None

_speak = orca.speech._speak


def _speak_to_log(text, acss, interrupt):
    _write(text)
    _speak(text, acss, interrupt)


orca.speech._speak = _speak_to_log

_speak_character = orca.speech.speakCharacter


def _speak_character_to_log(character, acss=None):
    _write(character)
    _speak_character(character, acss)


orca.speech.speakCharacter = _speak_character_to_log

# Say all hands Orca's speech module an iterator over the document's lines. Without a speech
# server nothing paces it, and on a web page it can wrap round to lines already read and go on
# forever: stop when it comes back to a text range read before (several utterances in a row from
# one range, such as a link's words and then its role, are one visit), and after SAY_ALL_LIMIT.
SAY_ALL_LIMIT = 600


def _say_all(utterances, progress_callback):
    visited = set()
    previous = None
    for count, (context, _acss) in enumerate(utterances):
        where = (hash(context.obj), context.startOffset, context.endOffset)
        if count >= SAY_ALL_LIMIT or (where != previous and where in visited):
            break
        visited.add(where)
        previous = where
        _write(context.utterance)


orca.speech.sayAll = _say_all

# Keys are the test's own; only what the page and Orca say about it matters.
orca.settings.enableKeyEcho = False
orca.settings.enableEchoByCharacter = False
orca.settings.enableEchoByWord = False
# Reading the page out on load races the page's hydration and fills the log before any action.
orca.settings.sayAllOnLoad = False
orca.settings.pageSummaryOnLoad = False
orca.settings.enableTutorialMessages = False
