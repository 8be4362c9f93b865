from sahelkg.cli import app

app()
