# Starts Orca the way /usr/bin/orca does, minus its single-instance rule: /usr/bin/orca refuses to
# start while any other Orca of this user runs, and its --replace kills every one of them by name
# (pgrep -x orca), other people's test runs included. This process keeps the name python3, so no
# other Orca's --replace can kill it either.
#   python3 launch-orca.py PREFS_DIR DEBUG_FILE
import sys

sys.prefix = "/usr"

from orca import debug

prefs_dir, debug_file = sys.argv[1], sys.argv[2]
# LEVEL_INFO holds every "SPEECH OUTPUT" line and the focus changes, without LEVEL_ALL's flood.
# Line-buffered, so the log is complete when a failing test attaches it.
debug.debugLevel = debug.LEVEL_INFO
debug.eventDebugLevel = debug.LEVEL_OFF
debug.debugFile = open(debug_file, "w", buffering=1)

from orca import orca

manager = orca.getSettingsManager()
manager.activate(prefs_dir, {})
sys.path.insert(0, manager.getPrefsDir())
sys.exit(orca.main())
