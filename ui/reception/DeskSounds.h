#pragma once
// The three desk sounds: ok (two rising notes), already delivered (two equal notes), problem (three low pulses).
// Generated at start-up as small 16-bit mono WAV files in a temporary directory (no third-party assets) and played
// with QSoundEffect; soft attack and release so they stay calm over a working day. Mutable. GUI thread.
#include "reception/VerdictLook.h"

#include <QObject>
#include <QTemporaryDir>

class QSoundEffect;

namespace vd::ui {

class DeskSounds : public QObject
{
    Q_OBJECT
public:
    explicit DeskSounds(QObject *parent = nullptr);
    ~DeskSounds() override;

    void play(VerdictLook::Tone tone);
    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }
    int played() const { return m_played; }
    VerdictLook::Tone lastTone() const { return m_last; }

    /// A WAV file (RIFF header + PCM) of notes: each pair is (frequency Hz, duration ms); 0 Hz is silence.
    static QByteArray makeWav(const QList<QPair<int, int>> &notes, int sampleRate = 22050, double volume = 0.35);

private:
    QSoundEffect *effect(VerdictLook::Tone tone);

    QTemporaryDir m_dir;
    QSoundEffect *m_ok = nullptr;
    QSoundEffect *m_already = nullptr;
    QSoundEffect *m_problem = nullptr;
    bool m_muted = false;
    int m_played = 0;
    VerdictLook::Tone m_last = VerdictLook::Tone::None;
};

} // namespace vd::ui
