	.file	"dijkstra.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	hpush, @function
hpush:
.LFB0:
	.cfi_startproc
	lis 10,.LANCHOR0@ha
	lwz 9,.LANCHOR0@l(10)
	la 7,.LANCHOR0@l(10)
	addi 8,9,1
	stw 8,.LANCHOR0@l(10)
	slwi 10,9,3
	add 10,7,10
	stw 3,4(10)
	slwi 10,9,3
	add 10,7,10
	stw 4,8(10)
.L2:
	cmpwi 0,9,0
	beqlr- 0
	addi 6,9,-1
	slwi 10,9,1
	srawi 6,6,1
	addze 6,6
	slwi 5,6,3
	slwi 9,9,3
	add 5,7,5
	add 9,7,9
	lwz 3,4(5)
	lwz 4,4(9)
	slwi 8,6,1
	cmpw 0,3,4
	blelr- 0
	addi 8,8,1
	addi 10,10,1
	slwi 8,8,2
	slwi 10,10,2
	add 8,7,8
	add 10,7,10
	lwz 11,4(8)
	stw 4,4(5)
	lwz 5,4(10)
	stw 5,4(8)
	stw 3,4(9)
	mr 9,6
	stw 11,4(10)
	b .L2
	.cfi_endproc
.LFE0:
	.size	hpush,.-hpush
	.align 2
	.type	neighbours, @function
neighbours:
.LFB2:
	.cfi_startproc
	li 10,12
	mr 9,3
	divw 10,3,10
	mulli 10,10,12
	subf. 10,10,3
	ble- 0,.L13
	cmpwi 0,10,11
	addi 8,3,-1
	stw 8,0(4)
	li 8,1
	beq- 0,.L10
	li 10,1
.L9:
	addi 8,10,1
	addi 7,9,1
	slwi 10,10,2
	stwx 7,4,10
.L10:
	cmpwi 0,9,11
	ble- 0,.L15
	cmpwi 0,9,131
	addi 3,8,1
	addi 10,9,-12
	slwi 8,8,2
	stwx 10,4,8
	bgtlr- 0
.L11:
	slwi 10,3,2
	addi 9,9,12
	stwx 9,4,10
	addi 3,3,1
	blr
.L13:
	li 10,0
	b .L9
.L15:
	mr 3,8
	b .L11
	.cfi_endproc
.LFE2:
	.size	neighbours,.-neighbours
	.align 2
	.type	find, @function
find:
.LFB3:
	.cfi_startproc
	lis 8,.LANCHOR0@ha
	la 8,.LANCHOR0@l(8)
.L18:
	slwi 10,3,2
	add 10,8,10
	lwz 9,2308(10)
	cmpw 0,9,3
	beqlr- 0
	slwi 9,9,2
	add 9,8,9
	lwz 3,2308(9)
	stw 3,2308(10)
	b .L18
	.cfi_endproc
.LFE3:
	.size	find,.-find
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"shortest to corner"
.LC1:
	.string	"heap pops"
.LC2:
	.string	"path length"
.LC3:
	.string	"bfs reached"
.LC4:
	.string	"bfs farthest"
.LC5:
	.string	"components"
.LC6:
	.string	"topo:"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB5:
	.cfi_startproc
	stwu 1,-528(1)
	.cfi_def_cfa_offset 528
	mflr 0
	li 9,144
	li 10,2024
	li 7,9
	mtctr 9
	stmw 22,488(1)
	.cfi_register 65, 0
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 31,.LANCHOR0@ha
	stw 0,532(1)
	.cfi_offset 65, 4
	la 31,.LANCHOR0@l(31)
	addi 8,31,2883
.L22:
	slwi 9,10,13
	xor 10,9,10
	srwi 9,10,17
	xor 9,9,10
	slwi 10,9,5
	xor 10,10,9
	divwu 9,10,7
	mulli 9,9,9
	subf 9,9,10
	addi 9,9,1
	stbu 9,1(8)
	bdnz .L22
	lis 8,0x7fff
	li 7,144
	addi 10,31,3024
	li 9,144
	ori 8,8,0xffff
	mtctr 7
.L23:
	stwu 8,4(10)
	addi 9,9,-1
	bdnz .L23
	li 4,0
	li 3,0
	stw 9,3028(31)
	li 30,0
	bl hpush
	addi 26,1,8
.L24:
	lwz 29,0(31)
	cmpwi 0,29,0
	bne+ 0,.L36
	lwz 4,3600(31)
	lis 3,.LC0@ha
	la 3,.LC0@l(3)
	bl show_int
	lis 3,.LC1@ha
	mr 4,30
	la 3,.LC1@l(3)
	bl show_int
	li 30,143
.L37:
	slwi 30,30,2
	addi 29,29,1
	add 30,31,30
	lwz 30,3604(30)
	cmpwi 0,30,0
	bne+ 0,.L37
	lis 3,.LC2@ha
	mr 4,29
	la 3,.LC2@l(3)
	li 28,144
	bl show_int
	li 8,144
	addi 9,31,4176
	li 10,-1
	mtctr 8
.L38:
	stwu 10,4(9)
	addi 28,28,-1
	bdnz .L38
	stw 28,4180(31)
	addi 23,31,4752
	stw 28,4756(31)
	li 24,0
	li 26,0
	li 25,1
	addi 29,1,8
.L43:
	lwzu 27,4(23)
	mr 4,29
	addi 26,26,1
	mr 3,27
	slwi 27,27,2
	bl neighbours
	add 9,31,27
	lwz 9,4180(9)
	cmpw 0,24,9
	bge- 0,.L39
	mr 24,9
.L39:
	cmpwi 0,3,0
	li 8,0
	addi 9,3,1
	bge+ 0,.L40
	li 9,1
.L40:
	cmpwi 0,9,1
	addi 9,9,-1
	bne+ 0,.L42
	cmpw 0,25,26
	bgt+ 0,.L43
	lis 3,.LC3@ha
	mr 4,26
	la 3,.LC3@l(3)
	bl show_int
	lis 3,.LC4@ha
	mr 4,24
	la 3,.LC4@l(3)
	bl show_int
	li 8,144
	li 9,0
	addi 10,31,2308
	mtctr 8
.L44:
	slwi 8,9,2
	stwx 9,8,10
	addi 9,9,1
	bdnz .L44
	li 23,0
	addi 24,31,2884
.L52:
	mr 4,29
	mr 3,23
	bl neighbours
	li 26,0
	mr 25,3
.L45:
	cmpw 0,26,25
	blt+ 0,.L51
	addi 23,23,1
	cmpwi 0,23,144
	bne+ 0,.L52
	li 31,0
	li 27,0
.L53:
	mr 3,31
	bl find
	xor 3,3,31
	addi 31,31,1
	cmpwi 0,31,144
	subfic 3,3,0
	addze 27,27
	bne+ 0,.L53
	lis 3,.LC5@ha
	mr 4,27
	la 3,.LC5@l(3)
	bl show_int
	addi 10,1,328
	mr 3,10
	li 5,160
	li 4,0
	bl memset
	li 6,40
	mr 10,3
	mr 8,3
	mr 9,3
	li 7,0
	mtctr 6
.L57:
	slwi 6,7,1
	cmplwi 0,6,38
	bgt- 0,.L55
	lwz 6,4(9)
	addi 6,6,1
	stw 6,4(9)
	mulli 6,7,3
	cmplwi 0,6,37
	bgt- 0,.L55
	lwz 6,8(8)
	addi 6,6,1
	stw 6,8(8)
.L55:
	addi 7,7,1
	addi 8,8,12
	addi 9,9,8
	bdnz .L57
	li 8,40
	li 9,0
	li 6,0
	mtctr 8
.L59:
	slwi 8,9,2
	lwzx 8,10,8
	cmpwi 0,8,0
	bne- 0,.L58
	slwi 8,6,2
	addi 6,6,1
	stwx 9,29,8
.L58:
	addi 9,9,1
	bdnz .L59
	addi 5,1,168
.L60:
	cmpw 0,28,6
	blt+ 0,.L67
	lis 3,.LC6@ha
	addi 31,1,168
	la 3,.LC6@l(3)
	bl print_str
.L68:
	cmpw 0,28,30
	bne+ 0,.L69
	bl print_nl
	lis 9,.LANCHOR0+3600@ha
	lwz 3,.LANCHOR0+3600@l(9)
	addi 11,1,528
	b _restgpr_22_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 24
	.cfi_restore 23
	.cfi_restore 22
	.cfi_restore 65
.L36:
	.cfi_restore_state
	addi 29,29,-1
	lwz 27,4(31)
	slwi 9,29,3
	lwz 28,8(31)
	add 9,31,9
	stw 29,0(31)
	lwz 9,4(9)
	li 8,0
	stw 9,4(31)
	slwi 9,29,3
	add 9,31,9
	lwz 9,8(9)
	stw 9,8(31)
.L30:
	slwi 10,8,1
	addi 9,10,1
	addi 6,10,2
	cmpw 7,29,9
	cmpw 0,29,6
	ble- 7,.L25
	slwi 5,9,3
	slwi 7,8,3
	add 5,31,5
	add 7,31,7
	lwz 5,4(5)
	lwz 7,4(7)
	cmpw 7,5,7
	bge- 7,.L25
	mr 5,9
	bgt- 0,.L26
.L28:
	mr 6,5
.L27:
	cmpw 0,8,6
	beq- 0,.L29
	slwi 10,10,2
	slwi 8,6,3
	add 10,31,10
	slwi 7,6,3
	lwz 3,4(10)
	addi 8,8,4
	add 7,31,7
	add 8,31,8
	lwz 4,4(7)
	slwi 9,9,2
	lwz 5,4(8)
	add 9,31,9
	stw 3,4(7)
	lwz 7,4(9)
	stw 7,4(8)
	mr 8,6
	stw 4,4(10)
	stw 5,4(9)
	b .L30
.L71:
	mr 5,8
.L26:
	addi 7,8,1
	slwi 4,5,3
	slwi 7,7,4
	add 4,31,4
	add 7,31,7
	lwz 3,4(7)
	lwz 7,4(4)
	cmpw 0,3,7
	bge- 0,.L28
	b .L27
.L42:
	slwi 10,8,2
	lwzx 7,29,10
	slwi 10,7,2
	add 10,31,10
	lwz 6,4180(10)
	cmpwi 0,6,0
	bge+ 0,.L41
	add 6,31,7
	lbz 6,2884(6)
	cmplwi 0,6,6
	bgt- 0,.L41
	add 6,31,27
	lwz 6,4180(6)
	addi 6,6,1
	stw 6,4180(10)
	slwi 10,25,2
	add 10,31,10
	addi 25,25,1
	stw 7,4756(10)
.L41:
	addi 8,8,1
	b .L40
.L51:
	slwi 9,26,2
	lbzx 10,23,24
	lwzx 22,29,9
	add 9,31,22
	lbz 9,2884(9)
	subf 9,9,10
	addi 9,9,2
	cmplwi 0,9,4
	bgt+ 0,.L47
	mr 3,23
	bl find
	mr 27,3
	mr 3,22
	bl find
	cmpw 0,27,3
	beq- 0,.L47
	mr 9,27
	bge- 0,.L49
	mr 9,3
.L49:
	slwi 9,9,2
	add 9,31,9
	ble- 0,.L50
	mr 27,3
.L50:
	stw 27,2308(9)
.L47:
	addi 26,26,1
	b .L45
.L67:
	slwi 10,28,2
	lwzx 9,29,10
	stwx 9,10,5
	slwi 10,9,1
	addi 10,10,1
	mulli 9,9,3
	cmpwi 0,10,39
	addi 9,9,2
	bgt- 0,.L63
	slwi 7,10,2
	add 7,29,7
	lwz 8,320(7)
	addi 8,8,-1
	cmpwi 0,8,0
	stw 8,320(7)
	bne- 0,.L63
	slwi 8,6,2
	addi 6,6,1
	stwx 10,29,8
.L63:
	cmpwi 0,9,39
	bgt- 0,.L65
	slwi 8,9,2
	add 8,29,8
	lwz 10,320(8)
	addi 10,10,-1
	cmpwi 0,10,0
	stw 10,320(8)
	bne- 0,.L65
	slwi 10,6,2
	addi 6,6,1
	stwx 9,29,10
.L65:
	addi 28,28,1
	b .L60
.L69:
	li 3,32
	bl print_char
	slwi 9,30,2
	lwzx 3,31,9
	addi 30,30,1
	bl print_int
	b .L68
.L25:
	bgt+ 0,.L71
.L29:
	slwi 9,28,2
	addi 30,30,1
	add 9,31,9
	lwz 9,3028(9)
	cmpw 0,9,27
	blt+ 0,.L24
	mr 4,26
	mr 3,28
	bl neighbours
	li 29,0
	mr 25,3
.L32:
	cmpw 0,29,25
	bge- 0,.L24
	slwi 9,29,2
	lwzx 4,26,9
	add 9,31,4
	lbz 3,2884(9)
	slwi 9,4,2
	add 9,31,9
	lwz 10,3028(9)
	add 3,3,27
	cmpw 0,10,3
	ble+ 0,.L33
	stw 3,3028(9)
	stw 28,3604(9)
	bl hpush
.L33:
	addi 29,29,1
	b .L32
	.cfi_endproc
.LFE5:
	.size	main,.-main
	.section	".bss"
	.align 2
	.set	.LANCHOR0,. + 0
	.type	hn, @object
	.size	hn, 4
hn:
	.zero	4
	.type	heap, @object
	.size	heap, 2304
heap:
	.zero	2304
	.type	parent, @object
	.size	parent, 576
parent:
	.zero	576
	.type	cost, @object
	.size	cost, 144
cost:
	.zero	144
	.type	dist, @object
	.size	dist, 576
dist:
	.zero	576
	.type	prev, @object
	.size	prev, 576
prev:
	.zero	576
	.type	hop.1, @object
	.size	hop.1, 576
hop.1:
	.zero	576
	.type	queue.0, @object
	.size	queue.0, 576
queue.0:
	.zero	576
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
