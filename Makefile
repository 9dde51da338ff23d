# The two commands a newcomer needs; everything else lives in installer/dev/.
.PHONY: demo test screenshots

demo:
	bash installer/dev/demo.sh

test:
	bash installer/dev/test.sh

screenshots:
	bash installer/dev/system-packages.sh
	bash installer/dev/venv.sh
	.venv/bin/fygitaal screenshots --out screenshots
