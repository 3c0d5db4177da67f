	.file	"carry.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	add128, @function
add128:
.LFB0:
	.cfi_startproc
	stwu 1,-80(1)
	.cfi_def_cfa_offset 80
	stw 23,44(1)
	stw 24,48(1)
	stw 25,52(1)
	stw 26,56(1)
	stw 27,60(1)
	stw 28,64(1)
	stw 29,68(1)
	stw 30,72(1)
	stw 31,76(1)
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	mr 30,4
	mr 23,5
	lwz 8,0(30)
	lwz 9,4(30)
	lwz 10,0(23)
	lwz 11,4(23)
	addc 25,9,11
	adde 24,8,10
	stw 24,8(31)
	stw 25,12(31)
	lwz 8,8(30)
	lwz 9,12(30)
	lwz 10,8(23)
	lwz 11,12(23)
	addc 7,9,11
	adde 6,8,10
	stw 6,16(31)
	stw 7,20(31)
	lwz 6,8(31)
	lwz 7,12(31)
	lwz 10,16(31)
	lwz 11,20(31)
	lwz 8,8(30)
	lwz 9,12(30)
	li 5,1
	cmplw 0,8,10
	bgt 0,.L2
	cmplw 0,8,10
	bne 0,.L3
	cmplw 0,9,11
	bgt 0,.L2
.L3:
	li 5,0
.L2:
	rlwinm 9,5,0,0xff
	mr 29,9
	li 28,0
	addc 27,7,29
	adde 26,6,28
	stw 26,8(31)
	stw 27,12(31)
	lwz 9,24(31)
	lwz 6,8(31)
	lwz 7,12(31)
	lwz 8,16(31)
	lwz 10,20(31)
	stw 6,0(9)
	stw 7,4(9)
	stw 8,8(9)
	stw 10,12(9)
	lwz 3,24(31)
	addi 11,31,80
	lwz 23,-36(11)
	lwz 24,-32(11)
	lwz 25,-28(11)
	lwz 26,-24(11)
	lwz 27,-20(11)
	lwz 28,-16(11)
	lwz 29,-12(11)
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 24
	.cfi_restore 23
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	add128,.-add128
	.align 2
	.type	sub128, @function
sub128:
.LFB1:
	.cfi_startproc
	stwu 1,-80(1)
	.cfi_def_cfa_offset 80
	stw 23,44(1)
	stw 24,48(1)
	stw 25,52(1)
	stw 26,56(1)
	stw 27,60(1)
	stw 28,64(1)
	stw 29,68(1)
	stw 30,72(1)
	stw 31,76(1)
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	mr 23,4
	mr 30,5
	lwz 10,0(23)
	lwz 11,4(23)
	lwz 8,0(30)
	lwz 9,4(30)
	subfc 25,9,11
	subfe 24,8,10
	stw 24,8(31)
	stw 25,12(31)
	lwz 10,8(23)
	lwz 11,12(23)
	lwz 8,8(30)
	lwz 9,12(30)
	subfc 7,9,11
	subfe 6,8,10
	stw 6,16(31)
	stw 7,20(31)
	lwz 6,8(31)
	lwz 7,12(31)
	lwz 10,8(23)
	lwz 11,12(23)
	lwz 8,8(30)
	lwz 9,12(30)
	li 5,1
	cmplw 0,8,10
	bgt 0,.L6
	cmplw 0,8,10
	bne 0,.L7
	cmplw 0,9,11
	bgt 0,.L6
.L7:
	li 5,0
.L6:
	rlwinm 9,5,0,0xff
	mr 29,9
	li 28,0
	subfc 27,29,7
	subfe 26,28,6
	stw 26,8(31)
	stw 27,12(31)
	lwz 9,24(31)
	lwz 6,8(31)
	lwz 7,12(31)
	lwz 8,16(31)
	lwz 10,20(31)
	stw 6,0(9)
	stw 7,4(9)
	stw 8,8(9)
	stw 10,12(9)
	lwz 3,24(31)
	addi 11,31,80
	lwz 23,-36(11)
	lwz 24,-32(11)
	lwz 25,-28(11)
	lwz 26,-24(11)
	lwz 27,-20(11)
	lwz 28,-16(11)
	lwz 29,-12(11)
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 24
	.cfi_restore 23
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	sub128,.-sub128
	.align 2
	.type	neg128, @function
neg128:
.LFB2:
	.cfi_startproc
	stwu 1,-80(1)
	.cfi_def_cfa_offset 80
	mflr 0
	stw 0,84(1)
	stw 30,72(1)
	stw 31,76(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	mr 30,4
	li 10,0
	li 11,0
	stw 10,8(31)
	stw 11,12(31)
	li 10,0
	li 11,0
	stw 10,16(31)
	stw 11,20(31)
	lwz 6,24(31)
	lwz 7,8(31)
	lwz 8,12(31)
	lwz 10,16(31)
	lwz 9,20(31)
	stw 7,32(31)
	stw 8,36(31)
	stw 10,40(31)
	stw 9,44(31)
	lwz 7,0(30)
	lwz 8,4(30)
	lwz 10,8(30)
	lwz 9,12(30)
	stw 7,48(31)
	stw 8,52(31)
	stw 10,56(31)
	stw 9,60(31)
	addi 10,31,48
	addi 9,31,32
	mr 5,10
	mr 4,9
	mr 3,6
	bl sub128
	lwz 3,24(31)
	addi 11,31,80
	lwz 0,4(11)
	mtlr 0
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	neg128,.-neg128
	.align 2
	.type	mul64x64, @function
mul64x64:
.LFB3:
	.cfi_startproc
	stwu 1,-288(1)
	.cfi_def_cfa_offset 288
	mflr 0
	stw 0,292(1)
	stw 14,216(1)
	stw 15,220(1)
	stw 16,224(1)
	stw 17,228(1)
	stw 18,232(1)
	stw 19,236(1)
	stw 20,240(1)
	stw 21,244(1)
	stw 22,248(1)
	stw 23,252(1)
	stw 24,256(1)
	stw 25,260(1)
	stw 26,264(1)
	stw 27,268(1)
	stw 28,272(1)
	stw 29,276(1)
	stw 31,284(1)
	.cfi_offset 65, 4
	.cfi_offset 14, -72
	.cfi_offset 15, -68
	.cfi_offset 16, -64
	.cfi_offset 17, -60
	.cfi_offset 18, -56
	.cfi_offset 19, -52
	.cfi_offset 20, -48
	.cfi_offset 21, -44
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,120(31)
	stw 5,128(31)
	stw 6,132(31)
	stw 7,136(31)
	stw 8,140(31)
	lwz 9,132(31)
	stw 9,12(31)
	li 9,0
	stw 9,8(31)
	lwz 9,128(31)
	srwi 9,9,0
	stw 9,196(31)
	li 9,0
	stw 9,192(31)
	lwz 8,192(31)
	lwz 9,196(31)
	stw 8,16(31)
	stw 9,20(31)
	lwz 9,140(31)
	stw 9,28(31)
	li 9,0
	stw 9,24(31)
	lwz 9,136(31)
	srwi 15,9,0
	li 14,0
	stw 14,32(31)
	stw 15,36(31)
	lwz 8,8(31)
	lwz 9,28(31)
	mullw 8,8,9
	lwz 7,24(31)
	lwz 9,12(31)
	mullw 9,7,9
	add 7,8,9
	lwz 8,12(31)
	lwz 9,28(31)
	mullw 6,8,9
	mulhwu 9,8,9
	mr 25,6
	mr 24,9
	add 9,7,24
	mr 24,9
	stw 24,40(31)
	stw 25,44(31)
	stw 24,40(31)
	stw 25,44(31)
	lwz 8,8(31)
	lwz 9,36(31)
	mullw 8,8,9
	lwz 7,32(31)
	lwz 9,12(31)
	mullw 9,7,9
	add 7,8,9
	lwz 8,12(31)
	lwz 9,36(31)
	mullw 6,8,9
	mulhwu 9,8,9
	mr 27,6
	mr 26,9
	add 9,7,26
	mr 26,9
	stw 26,48(31)
	stw 27,52(31)
	stw 26,48(31)
	stw 27,52(31)
	lwz 8,16(31)
	lwz 9,28(31)
	mullw 8,8,9
	lwz 7,24(31)
	lwz 9,20(31)
	mullw 9,7,9
	add 7,8,9
	lwz 8,20(31)
	lwz 9,28(31)
	mullw 6,8,9
	mulhwu 9,8,9
	mr 29,6
	mr 28,9
	add 9,7,28
	mr 28,9
	stw 28,56(31)
	stw 29,60(31)
	stw 28,56(31)
	stw 29,60(31)
	lwz 8,16(31)
	lwz 9,36(31)
	mullw 8,8,9
	lwz 7,32(31)
	lwz 9,20(31)
	mullw 9,7,9
	add 7,8,9
	lwz 8,20(31)
	lwz 9,36(31)
	mullw 6,8,9
	mulhwu 9,8,9
	mr 11,6
	mr 10,9
	add 9,7,10
	mr 10,9
	stw 10,64(31)
	stw 11,68(31)
	stw 10,64(31)
	stw 11,68(31)
	lwz 10,64(31)
	lwz 11,68(31)
	stw 10,72(31)
	stw 11,76(31)
	lwz 10,40(31)
	lwz 11,44(31)
	stw 10,80(31)
	stw 11,84(31)
	lwz 9,48(31)
	srwi 17,9,0
	li 16,0
	stw 16,88(31)
	stw 17,92(31)
	lwz 9,52(31)
	slwi 18,9,0
	li 19,0
	stw 18,96(31)
	stw 19,100(31)
	addi 6,31,72
	lwz 7,72(31)
	lwz 8,76(31)
	lwz 10,80(31)
	lwz 9,84(31)
	stw 7,144(31)
	stw 8,148(31)
	stw 10,152(31)
	stw 9,156(31)
	lwz 7,88(31)
	lwz 8,92(31)
	lwz 10,96(31)
	lwz 9,100(31)
	stw 7,160(31)
	stw 8,164(31)
	stw 10,168(31)
	stw 9,172(31)
	addi 10,31,160
	addi 9,31,144
	mr 5,10
	mr 4,9
	mr 3,6
	bl add128
	lwz 9,56(31)
	srwi 21,9,0
	li 20,0
	stw 20,104(31)
	stw 21,108(31)
	lwz 9,60(31)
	slwi 22,9,0
	li 23,0
	stw 22,112(31)
	stw 23,116(31)
	addi 6,31,144
	lwz 7,72(31)
	lwz 8,76(31)
	lwz 10,80(31)
	lwz 9,84(31)
	stw 7,160(31)
	stw 8,164(31)
	stw 10,168(31)
	stw 9,172(31)
	lwz 7,104(31)
	lwz 8,108(31)
	lwz 10,112(31)
	lwz 9,116(31)
	stw 7,176(31)
	stw 8,180(31)
	stw 10,184(31)
	stw 9,188(31)
	addi 10,31,176
	addi 9,31,160
	mr 5,10
	mr 4,9
	mr 3,6
	bl add128
	lwz 7,144(31)
	lwz 8,148(31)
	lwz 10,152(31)
	lwz 9,156(31)
	stw 7,72(31)
	stw 8,76(31)
	stw 10,80(31)
	stw 9,84(31)
	lwz 9,120(31)
	lwz 6,72(31)
	lwz 7,76(31)
	lwz 8,80(31)
	lwz 10,84(31)
	stw 6,0(9)
	stw 7,4(9)
	stw 8,8(9)
	stw 10,12(9)
	lwz 3,120(31)
	addi 11,31,288
	lwz 0,4(11)
	mtlr 0
	lwz 14,-72(11)
	lwz 15,-68(11)
	lwz 16,-64(11)
	lwz 17,-60(11)
	lwz 18,-56(11)
	lwz 19,-52(11)
	lwz 20,-48(11)
	lwz 21,-44(11)
	lwz 22,-40(11)
	lwz 23,-36(11)
	lwz 24,-32(11)
	lwz 25,-28(11)
	lwz 26,-24(11)
	lwz 27,-20(11)
	lwz 28,-16(11)
	lwz 29,-12(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 24
	.cfi_restore 23
	.cfi_restore 22
	.cfi_restore 21
	.cfi_restore 20
	.cfi_restore 19
	.cfi_restore 18
	.cfi_restore 17
	.cfi_restore 16
	.cfi_restore 15
	.cfi_restore 14
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE3:
	.size	mul64x64,.-mul64x64
	.align 2
	.type	add64, @function
add64:
.LFB4:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 28,32(1)
	stw 29,36(1)
	stw 31,44(1)
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	stw 6,20(31)
	lwz 8,8(31)
	lwz 9,12(31)
	lwz 10,16(31)
	lwz 11,20(31)
	addc 29,9,11
	adde 28,8,10
	mr 10,28
	mr 11,29
	mr 3,10
	mr 4,11
	addi 11,31,48
	lwz 28,-16(11)
	lwz 29,-12(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 29
	.cfi_restore 28
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE4:
	.size	add64,.-add64
	.align 2
	.type	sub64, @function
sub64:
.LFB5:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 28,32(1)
	stw 29,36(1)
	stw 31,44(1)
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	stw 6,20(31)
	lwz 10,8(31)
	lwz 11,12(31)
	lwz 8,16(31)
	lwz 9,20(31)
	subfc 29,9,11
	subfe 28,8,10
	mr 10,28
	mr 11,29
	mr 3,10
	mr 4,11
	addi 11,31,48
	lwz 28,-16(11)
	lwz 29,-12(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 29
	.cfi_restore 28
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE5:
	.size	sub64,.-sub64
	.align 2
	.type	neg64, @function
neg64:
.LFB6:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 10,8(31)
	lwz 11,12(31)
	subfic 9,11,0
	subfze 8,10
	mr 11,9
	mr 10,8
	mr 3,10
	mr 4,11
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE6:
	.size	neg64,.-neg64
	.align 2
	.type	inc64, @function
inc64:
.LFB7:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 10,8(31)
	lwz 11,12(31)
	addic 9,11,1
	addze 8,10
	mr 11,9
	mr 10,8
	mr 3,10
	mr 4,11
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE7:
	.size	inc64,.-inc64
	.align 2
	.type	dec64, @function
dec64:
.LFB8:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 10,8(31)
	lwz 11,12(31)
	addic 9,11,-1
	addme 8,10
	mr 11,9
	mr 10,8
	mr 3,10
	mr 4,11
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE8:
	.size	dec64,.-dec64
	.align 2
	.type	addi64, @function
addi64:
.LFB9:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 10,8(31)
	lwz 11,12(31)
	lis 7,0x1
	ori 7,7,0x2345
	addc 9,11,7
	addze 8,10
	mr 11,9
	mr 10,8
	mr 3,10
	mr 4,11
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE9:
	.size	addi64,.-addi64
	.align 2
	.type	rsub64, @function
rsub64:
.LFB10:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 10,8(31)
	lwz 11,12(31)
	subfic 9,11,100
	subfze 8,10
	mr 11,9
	mr 10,8
	mr 3,10
	mr 4,11
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE10:
	.size	rsub64,.-rsub64
	.align 2
	.type	add_u32, @function
add_u32:
.LFB11:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	lwz 10,16(31)
	mr 9,10
	li 8,0
	lwz 10,8(31)
	lwz 11,12(31)
	addc 7,9,11
	adde 6,8,10
	mr 11,7
	mr 10,6
	mr 3,10
	mr 4,11
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE11:
	.size	add_u32,.-add_u32
	.align 2
	.type	add_s32, @function
add_s32:
.LFB12:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	lwz 10,16(31)
	mr 9,10
	srawi 10,10,31
	mr 8,10
	lwz 10,8(31)
	lwz 11,12(31)
	addc 7,9,11
	adde 6,8,10
	mr 11,7
	mr 10,6
	mr 3,10
	mr 4,11
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE12:
	.size	add_s32,.-add_s32
	.align 2
	.type	ovf_add, @function
ovf_add:
.LFB13:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	li 9,0
	lwz 8,8(31)
	lwz 10,12(31)
	add 10,8,10
	lwz 8,8(31)
	cmplw 0,10,8
	bge 0,.L32
	li 9,1
.L32:
	mr 8,10
	lwz 10,16(31)
	stw 8,0(10)
	rlwinm 9,9,0,31,31
	rlwinm 9,9,0,0xff
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE13:
	.size	ovf_add,.-ovf_add
	.align 2
	.type	ovf_sadd, @function
ovf_sadd:
.LFB14:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	li 9,0
	lwz 8,8(31)
	lwz 10,12(31)
	add 10,8,10
	lwz 7,8(31)
	lwz 8,12(31)
	xor 8,7,8
	lwz 7,12(31)
	xor 7,10,7
	not 8,8
	and 8,7,8
	cmpwi 0,8,0
	bge 0,.L36
	li 9,1
.L36:
	mr 8,10
	lwz 10,16(31)
	stw 8,0(10)
	rlwinm 9,9,0,31,31
	rlwinm 9,9,0,0xff
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE14:
	.size	ovf_sadd,.-ovf_sadd
	.align 2
	.type	ovf_ssub, @function
ovf_ssub:
.LFB15:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	li 9,0
	lwz 8,8(31)
	lwz 10,12(31)
	subf 10,10,8
	lwz 7,8(31)
	lwz 8,12(31)
	xor 7,7,8
	lwz 8,12(31)
	xor 8,10,8
	not 8,8
	and 8,7,8
	cmpwi 0,8,0
	bge 0,.L40
	li 9,1
.L40:
	mr 8,10
	lwz 10,16(31)
	stw 8,0(10)
	rlwinm 9,9,0,31,31
	rlwinm 9,9,0,0xff
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE15:
	.size	ovf_ssub,.-ovf_ssub
	.align 2
	.type	ovf_umul, @function
ovf_umul:
.LFB16:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	li 5,0
	lwz 6,8(31)
	lwz 7,12(31)
	mullw 4,6,7
	mulhwu 7,6,7
	mr 9,4
	mr 8,7
	srwi 11,8,0
	li 10,0
	cmpwi 0,11,0
	beq 0,.L44
	li 5,1
.L44:
	mr 10,9
	lwz 9,16(31)
	stw 10,0(9)
	mr 9,5
	rlwinm 9,9,0,31,31
	rlwinm 9,9,0,0xff
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE16:
	.size	ovf_umul,.-ovf_umul
	.align 2
	.type	lt64, @function
lt64:
.LFB17:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	stw 6,20(31)
	li 9,1
	lwz 8,16(31)
	lwz 10,8(31)
	cmpw 0,8,10
	bgt 0,.L48
	lwz 8,16(31)
	lwz 10,8(31)
	cmpw 0,8,10
	bne 0,.L49
	lwz 8,20(31)
	lwz 10,12(31)
	cmplw 0,8,10
	bgt 0,.L48
.L49:
	li 9,0
.L48:
	rlwinm 9,9,0,0xff
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE17:
	.size	lt64,.-lt64
	.align 2
	.type	ltu64, @function
ltu64:
.LFB18:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	stw 6,20(31)
	li 9,1
	lwz 8,16(31)
	lwz 10,8(31)
	cmplw 0,8,10
	bgt 0,.L52
	lwz 8,16(31)
	lwz 10,8(31)
	cmpw 0,8,10
	bne 0,.L53
	lwz 8,20(31)
	lwz 10,12(31)
	cmplw 0,8,10
	bgt 0,.L52
.L53:
	li 9,0
.L52:
	rlwinm 9,9,0,0xff
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE18:
	.size	ltu64,.-ltu64
	.align 2
	.type	eq64, @function
eq64:
.LFB19:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	stw 6,20(31)
	lwz 6,8(31)
	lwz 7,12(31)
	lwz 8,16(31)
	lwz 9,20(31)
	xor 10,6,8
	xor 11,7,9
	or 9,10,11
	cntlzw 9,9
	srwi 9,9,5
	rlwinm 9,9,0,0xff
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE19:
	.size	eq64,.-eq64
	.align 2
	.type	sat_add, @function
sat_add:
.LFB20:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	lwz 10,24(31)
	lwz 9,28(31)
	add 9,10,9
	stw 9,8(31)
	lwz 10,8(31)
	lwz 9,24(31)
	subfc 9,9,10
	subfe 9,9,9
	neg 9,9
	rlwinm 9,9,0,0xff
	neg 10,9
	lwz 9,8(31)
	or 9,10,9
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE20:
	.size	sat_add,.-sat_add
	.align 2
	.type	sat_sub, @function
sat_sub:
.LFB21:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	lwz 10,24(31)
	lwz 9,28(31)
	subf 9,9,10
	stw 9,8(31)
	lwz 9,8(31)
	lwz 10,24(31)
	subfc 9,9,10
	subfe 9,9,9
	addi 9,9,1
	rlwinm 9,9,0,0xff
	neg 10,9
	lwz 9,8(31)
	and 9,10,9
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE21:
	.size	sat_sub,.-sat_sub
	.align 2
	.type	sign, @function
sign:
.LFB22:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	addi 10,9,-1
	or 9,9,10
	not 9,9
	srwi 9,9,31
	rlwinm 10,9,0,0xff
	lwz 9,8(31)
	srwi 9,9,31
	rlwinm 9,9,0,0xff
	subf 9,9,10
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE22:
	.size	sign,.-sign
	.section	.rodata
	.align 2
.LC2:
	.string	"hash"
	.align 2
.LC3:
	.string	"compares"
	.align 2
.LC4:
	.string	"sum.hi"
	.align 2
.LC5:
	.string	"sum.lo"
	.align 2
.LC6:
	.string	"diff.hi"
	.align 2
.LC7:
	.string	"diff.lo"
	.align 2
.LC8:
	.string	"neg.hi"
	.align 2
.LC9:
	.string	"neg.lo"
	.align 2
.LC10:
	.string	"max*max hi"
	.align 2
.LC11:
	.string	"max*max lo"
	.align 2
.LC12:
	.string	"p.hi"
	.align 2
.LC13:
	.string	"p.lo"
	.align 2
.LC14:
	.string	"overflow flags"
	.align 2
.LC15:
	.string	"sat_add"
	.align 2
.LC16:
	.string	"sat_sub"
	.align 2
.LC17:
	.string	"signs"
	.globl __umoddi3
	.align 3
.LC0:
	.long	19088743
	.long	-1985229329
	.long	-19088744
	.long	1985229328
	.align 3
.LC1:
	.long	286331153
	.long	286331153
	.long	-268435456
	.long	1
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB23:
	.cfi_startproc
	stwu 1,-336(1)
	.cfi_def_cfa_offset 336
	mflr 0
	stw 0,340(1)
	stw 14,264(1)
	stw 15,268(1)
	stw 16,272(1)
	stw 17,276(1)
	stw 18,280(1)
	stw 19,284(1)
	stw 20,288(1)
	stw 21,292(1)
	stw 22,296(1)
	stw 23,300(1)
	stw 24,304(1)
	stw 25,308(1)
	stw 26,312(1)
	stw 27,316(1)
	stw 28,320(1)
	stw 29,324(1)
	stw 30,328(1)
	stw 31,332(1)
	.cfi_offset 65, 4
	.cfi_offset 14, -72
	.cfi_offset 15, -68
	.cfi_offset 16, -64
	.cfi_offset 17, -60
	.cfi_offset 18, -56
	.cfi_offset 19, -52
	.cfi_offset 20, -48
	.cfi_offset 21, -44
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
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,10
	stw 9,28(31)
	li 10,0
	li 11,0
	stw 10,8(31)
	stw 11,12(31)
	li 9,0
	stw 9,16(31)
	li 9,0
	stw 9,20(31)
	b .L64
.L67:
	lwz 9,8(31)
	mulli 10,9,3
	lwz 9,12(31)
	mulli 9,9,0
	add 7,10,9
	lwz 10,12(31)
	li 9,3
	mullw 8,10,9
	mulhwu 9,10,9
	mr 25,8
	mr 24,9
	add 9,7,24
	mr 24,9
	lis 9,v.0@ha
	la 10,v.0@l(9)
	lwz 9,20(31)
	slwi 9,9,3
	add 9,10,9
	lwz 10,0(9)
	lwz 11,4(9)
	mr 3,10
	mr 4,11
	bl inc64
	mr 11,4
	mr 10,3
	mulli 8,10,5
	mulli 9,11,0
	add 7,8,9
	li 9,5
	mullw 8,11,9
	mulhwu 9,11,9
	stw 8,196(31)
	stw 9,192(31)
	lwz 9,192(31)
	add 9,7,9
	stw 9,192(31)
	lwz 9,192(31)
	lwz 10,196(31)
	mr 8,10
	addc 21,25,8
	adde 20,24,9
	lis 9,v.0@ha
	la 10,v.0@l(9)
	lwz 9,20(31)
	slwi 9,9,3
	add 9,10,9
	lwz 10,0(9)
	lwz 11,4(9)
	mr 3,10
	mr 4,11
	bl neg64
	mr 11,4
	mr 10,3
	addc 19,21,11
	adde 18,20,10
	lis 9,v.0@ha
	la 10,v.0@l(9)
	lwz 9,20(31)
	slwi 9,9,3
	add 9,10,9
	lwz 10,0(9)
	lwz 11,4(9)
	mr 3,10
	mr 4,11
	bl dec64
	mr 11,4
	mr 10,3
	mulli 8,10,7
	mulli 9,11,0
	add 7,8,9
	li 9,7
	mullw 8,11,9
	mulhwu 9,11,9
	stw 8,204(31)
	stw 9,200(31)
	lwz 9,200(31)
	add 9,7,9
	stw 9,200(31)
	lwz 9,200(31)
	lwz 10,204(31)
	mr 8,10
	addc 17,19,8
	adde 16,18,9
	lis 9,v.0@ha
	la 10,v.0@l(9)
	lwz 9,20(31)
	slwi 9,9,3
	add 9,10,9
	lwz 10,0(9)
	lwz 11,4(9)
	mr 3,10
	mr 4,11
	bl addi64
	mr 11,4
	mr 10,3
	addc 15,17,11
	adde 14,16,10
	lis 9,v.0@ha
	la 10,v.0@l(9)
	lwz 9,20(31)
	slwi 9,9,3
	add 9,10,9
	lwz 10,0(9)
	lwz 11,4(9)
	mr 3,10
	mr 4,11
	bl rsub64
	mr 11,4
	mr 10,3
	addc 9,15,11
	stw 9,228(31)
	adde 9,14,10
	stw 9,224(31)
	lwz 9,224(31)
	lwz 10,228(31)
	stw 9,8(31)
	stw 10,12(31)
	lis 9,v.0@ha
	la 10,v.0@l(9)
	lwz 9,20(31)
	slwi 9,9,3
	add 9,10,9
	lwz 10,0(9)
	lwz 11,4(9)
	li 5,-16
	mr 3,10
	mr 4,11
	bl add_u32
	mr 29,4
	mr 28,3
	lis 9,v.0@ha
	la 10,v.0@l(9)
	lwz 9,20(31)
	slwi 9,9,3
	add 9,10,9
	lwz 10,0(9)
	lwz 11,4(9)
	li 5,-5
	mr 3,10
	mr 4,11
	bl add_s32
	mr 11,4
	mr 10,3
	addc 9,29,11
	stw 9,220(31)
	adde 9,28,10
	stw 9,216(31)
	lwz 10,8(31)
	lwz 11,12(31)
	lwz 8,216(31)
	lwz 9,220(31)
	mr 7,8
	xor 7,10,7
	stw 7,232(31)
	xor 9,11,9
	stw 9,236(31)
	lwz 9,232(31)
	lwz 10,236(31)
	stw 9,8(31)
	stw 10,12(31)
	li 9,0
	stw 9,24(31)
	b .L65
.L66:
	lwz 9,8(31)
	mulli 10,9,5
	lwz 9,12(31)
	mulli 9,9,0
	add 7,10,9
	lwz 10,12(31)
	li 9,5
	mullw 8,10,9
	mulhwu 9,10,9
	mr 23,8
	mr 22,9
	add 9,7,22
	mr 22,9
	lis 9,v.0@ha
	la 10,v.0@l(9)
	lwz 9,20(31)
	slwi 9,9,3
	add 9,10,9
	lwz 28,0(9)
	lwz 29,4(9)
	lis 9,v.0@ha
	la 10,v.0@l(9)
	lwz 9,24(31)
	slwi 9,9,3
	add 9,10,9
	lwz 10,0(9)
	lwz 11,4(9)
	mr 5,10
	mr 6,11
	mr 3,28
	mr 4,29
	bl add64
	mr 11,4
	mr 10,3
	addc 9,23,11
	stw 9,212(31)
	adde 9,22,10
	stw 9,208(31)
	lis 9,v.0@ha
	la 10,v.0@l(9)
	lwz 9,20(31)
	slwi 9,9,3
	add 9,10,9
	lwz 28,0(9)
	lwz 29,4(9)
	lis 9,v.0@ha
	la 10,v.0@l(9)
	lwz 9,24(31)
	slwi 9,9,3
	add 9,10,9
	lwz 10,0(9)
	lwz 11,4(9)
	mr 5,10
	mr 6,11
	mr 3,28
	mr 4,29
	bl sub64
	mr 11,4
	mr 10,3
	srwi 9,11,31
	slwi 26,10,1
	or 26,9,26
	slwi 27,11,1
	lwz 9,208(31)
	lwz 10,212(31)
	mr 8,10
	addc 8,8,27
	stw 8,244(31)
	adde 9,9,26
	stw 9,240(31)
	lwz 9,240(31)
	lwz 10,244(31)
	stw 9,8(31)
	stw 10,12(31)
	lis 9,v.0@ha
	la 10,v.0@l(9)
	lwz 9,20(31)
	slwi 9,9,3
	add 9,10,9
	lwz 28,0(9)
	lwz 29,4(9)
	lis 9,v.0@ha
	la 10,v.0@l(9)
	lwz 9,24(31)
	slwi 9,9,3
	add 9,10,9
	lwz 10,0(9)
	lwz 11,4(9)
	mr 5,10
	mr 6,11
	mr 3,28
	mr 4,29
	bl lt64
	mr 30,3
	lis 9,v.0@ha
	la 10,v.0@l(9)
	lwz 9,20(31)
	slwi 9,9,3
	add 9,10,9
	lwz 10,0(9)
	lwz 11,4(9)
	mr 29,11
	mr 28,10
	lis 9,v.0@ha
	la 10,v.0@l(9)
	lwz 9,24(31)
	slwi 9,9,3
	add 9,10,9
	lwz 10,0(9)
	lwz 11,4(9)
	mr 5,10
	mr 6,11
	mr 3,28
	mr 4,29
	bl ltu64
	mr 9,3
	slwi 9,9,1
	add 30,30,9
	lis 9,v.0@ha
	la 10,v.0@l(9)
	lwz 9,20(31)
	slwi 9,9,3
	add 9,10,9
	lwz 10,0(9)
	lwz 11,4(9)
	mr 29,11
	mr 28,10
	lis 9,v.0@ha
	la 10,v.0@l(9)
	lwz 9,24(31)
	slwi 9,9,3
	add 9,10,9
	lwz 10,0(9)
	lwz 11,4(9)
	mr 5,10
	mr 6,11
	mr 3,28
	mr 4,29
	bl eq64
	mr 9,3
	slwi 9,9,2
	add 10,30,9
	lwz 9,16(31)
	add 9,9,10
	stw 9,16(31)
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L65:
	lwz 10,24(31)
	lwz 9,28(31)
	cmpw 0,10,9
	blt 0,.L66
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L64:
	lwz 10,20(31)
	lwz 9,28(31)
	cmpw 0,10,9
	blt 0,.L67
	lwz 5,8(31)
	lwz 6,12(31)
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl show_hex64
	lwz 4,16(31)
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl show_int
	lis 9,.LC0@ha
	la 9,.LC0@l(9)
	lwz 7,0(9)
	lwz 8,4(9)
	lwz 10,8(9)
	lwz 9,12(9)
	stw 7,40(31)
	stw 8,44(31)
	stw 10,48(31)
	stw 9,52(31)
	lis 9,.LC1@ha
	la 9,.LC1@l(9)
	lwz 7,0(9)
	lwz 8,4(9)
	lwz 10,8(9)
	lwz 9,12(9)
	stw 7,56(31)
	stw 8,60(31)
	stw 10,64(31)
	stw 9,68(31)
	addi 6,31,72
	lwz 7,40(31)
	lwz 8,44(31)
	lwz 10,48(31)
	lwz 9,52(31)
	stw 7,160(31)
	stw 8,164(31)
	stw 10,168(31)
	stw 9,172(31)
	lwz 7,56(31)
	lwz 8,60(31)
	lwz 10,64(31)
	lwz 9,68(31)
	stw 7,176(31)
	stw 8,180(31)
	stw 10,184(31)
	stw 9,188(31)
	addi 10,31,176
	addi 9,31,160
	mr 5,10
	mr 4,9
	mr 3,6
	bl add128
	addi 6,31,88
	lwz 7,40(31)
	lwz 8,44(31)
	lwz 10,48(31)
	lwz 9,52(31)
	stw 7,160(31)
	stw 8,164(31)
	stw 10,168(31)
	stw 9,172(31)
	lwz 7,56(31)
	lwz 8,60(31)
	lwz 10,64(31)
	lwz 9,68(31)
	stw 7,176(31)
	stw 8,180(31)
	stw 10,184(31)
	stw 9,188(31)
	addi 10,31,176
	addi 9,31,160
	mr 5,10
	mr 4,9
	mr 3,6
	bl sub128
	addi 6,31,104
	lwz 7,40(31)
	lwz 8,44(31)
	lwz 10,48(31)
	lwz 9,52(31)
	stw 7,160(31)
	stw 8,164(31)
	stw 10,168(31)
	stw 9,172(31)
	addi 9,31,160
	mr 4,9
	mr 3,6
	bl neg128
	lwz 10,72(31)
	lwz 11,76(31)
	mr 5,10
	mr 6,11
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl show_hex64
	lwz 10,80(31)
	lwz 11,84(31)
	mr 5,10
	mr 6,11
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl show_hex64
	lwz 10,88(31)
	lwz 11,92(31)
	mr 5,10
	mr 6,11
	lis 9,.LC6@ha
	la 3,.LC6@l(9)
	bl show_hex64
	lwz 10,96(31)
	lwz 11,100(31)
	mr 5,10
	mr 6,11
	lis 9,.LC7@ha
	la 3,.LC7@l(9)
	bl show_hex64
	lwz 10,104(31)
	lwz 11,108(31)
	mr 5,10
	mr 6,11
	lis 9,.LC8@ha
	la 3,.LC8@l(9)
	bl show_hex64
	lwz 10,112(31)
	lwz 11,116(31)
	mr 5,10
	mr 6,11
	lis 9,.LC9@ha
	la 3,.LC9@l(9)
	bl show_hex64
	addi 9,31,120
	li 7,-1
	li 8,-1
	li 5,-1
	li 6,-1
	mr 3,9
	bl mul64x64
	lwz 10,120(31)
	lwz 11,124(31)
	mr 5,10
	mr 6,11
	lis 9,.LC10@ha
	la 3,.LC10@l(9)
	bl show_hex64
	lwz 10,128(31)
	lwz 11,132(31)
	mr 5,10
	mr 6,11
	lis 9,.LC11@ha
	la 3,.LC11@l(9)
	bl show_hex64
	addi 9,31,160
	lis 7,0xfed
	ori 7,7,0xcba9
	lis 8,0x8765
	ori 8,8,0x4321
	lis 5,0x1234
	ori 5,5,0x5678
	lis 6,0x9abc
	ori 6,6,0xdef0
	mr 3,9
	bl mul64x64
	lwz 7,160(31)
	lwz 8,164(31)
	lwz 10,168(31)
	lwz 9,172(31)
	stw 7,120(31)
	stw 8,124(31)
	stw 10,128(31)
	stw 9,132(31)
	lwz 10,120(31)
	lwz 11,124(31)
	mr 5,10
	mr 6,11
	lis 9,.LC12@ha
	la 3,.LC12@l(9)
	bl show_hex64
	lwz 10,128(31)
	lwz 11,132(31)
	mr 5,10
	mr 6,11
	lis 9,.LC13@ha
	la 3,.LC13@l(9)
	bl show_hex64
	li 9,0
	stw 9,32(31)
	addi 9,31,136
	mr 5,9
	li 4,1
	li 3,-1
	bl ovf_add
	mr 10,3
	lwz 9,32(31)
	or 9,9,10
	stw 9,32(31)
	addi 9,31,136
	mr 5,9
	li 4,1
	lis 9,0x7fff
	ori 3,9,0xffff
	bl ovf_add
	mr 9,3
	slwi 9,9,1
	lwz 10,32(31)
	or 9,10,9
	stw 9,32(31)
	addi 9,31,140
	mr 5,9
	li 4,1
	lis 9,0x7fff
	ori 3,9,0xffff
	bl ovf_sadd
	mr 9,3
	slwi 9,9,2
	lwz 10,32(31)
	or 9,10,9
	stw 9,32(31)
	addi 9,31,140
	mr 5,9
	li 4,3
	li 3,-5
	bl ovf_sadd
	mr 9,3
	slwi 9,9,3
	lwz 10,32(31)
	or 9,10,9
	stw 9,32(31)
	addi 9,31,140
	mr 5,9
	li 4,1
	lis 3,0x8000
	bl ovf_ssub
	mr 9,3
	slwi 9,9,4
	lwz 10,32(31)
	or 9,10,9
	stw 9,32(31)
	addi 9,31,140
	mr 5,9
	li 4,7
	li 3,5
	bl ovf_ssub
	mr 9,3
	slwi 9,9,5
	lwz 10,32(31)
	or 9,10,9
	stw 9,32(31)
	addi 9,31,136
	mr 5,9
	lis 4,0x1
	lis 3,0x1
	bl ovf_umul
	mr 9,3
	slwi 9,9,6
	lwz 10,32(31)
	or 9,10,9
	stw 9,32(31)
	addi 9,31,136
	mr 5,9
	lis 9,0x1
	ori 4,9,0x1
	li 9,0
	ori 3,9,0xffff
	bl ovf_umul
	mr 9,3
	slwi 9,9,7
	lwz 10,32(31)
	or 9,10,9
	stw 9,32(31)
	lwz 9,32(31)
	mr 4,9
	lis 9,.LC14@ha
	la 3,.LC14@l(9)
	bl show_hex
	li 4,32
	li 3,-16
	bl sat_add
	mr 30,3
	li 4,6
	li 3,5
	bl sat_add
	mr 9,3
	xor 9,30,9
	mr 4,9
	lis 9,.LC15@ha
	la 3,.LC15@l(9)
	bl show_hex
	li 4,10
	li 3,3
	bl sat_sub
	mr 30,3
	li 4,3
	li 3,10
	bl sat_sub
	mr 9,3
	add 9,30,9
	mr 4,9
	lis 9,.LC16@ha
	la 3,.LC16@l(9)
	bl show_hex
	li 3,-9
	bl sign
	mr 9,3
	mulli 30,9,100
	li 3,0
	bl sign
	mr 9,3
	mulli 9,9,10
	add 30,30,9
	li 3,77
	bl sign
	mr 9,3
	add 9,30,9
	mr 4,9
	lis 9,.LC17@ha
	la 3,.LC17@l(9)
	bl show_int
	lwz 10,8(31)
	lwz 11,12(31)
	li 5,0
	li 6,251
	mr 3,10
	mr 4,11
	bl __umoddi3
	mr 11,4
	mr 10,3
	mr 9,11
	mr 3,9
	addi 11,31,336
	lwz 0,4(11)
	mtlr 0
	lwz 14,-72(11)
	lwz 15,-68(11)
	lwz 16,-64(11)
	lwz 17,-60(11)
	lwz 18,-56(11)
	lwz 19,-52(11)
	lwz 20,-48(11)
	lwz 21,-44(11)
	lwz 22,-40(11)
	lwz 23,-36(11)
	lwz 24,-32(11)
	lwz 25,-28(11)
	lwz 26,-24(11)
	lwz 27,-20(11)
	lwz 28,-16(11)
	lwz 29,-12(11)
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
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
	.cfi_restore 21
	.cfi_restore 20
	.cfi_restore 19
	.cfi_restore 18
	.cfi_restore 17
	.cfi_restore 16
	.cfi_restore 15
	.cfi_restore 14
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE23:
	.size	main,.-main
	.section	.rodata
	.align 3
	.type	v.0, @object
	.size	v.0, 80
v.0:
	.long	0
	.long	0
	.long	0
	.long	1
	.long	-1
	.long	-1
	.long	0
	.long	-1
	.long	1
	.long	0
	.long	-1
	.long	0
	.long	2147483647
	.long	-1
	.long	-2147483648
	.long	0
	.long	0
	.long	-2
	.long	28744
	.long	-2045911175
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
